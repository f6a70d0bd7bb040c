import type { LanguagePack } from "../template-ids";

// Plain spaces before « ? : ; » rather than narrow no-break spaces: chat boxes and copy-paste keep them.
export const FR: LanguagePack = {
  greeting: "Bonjour {buyer},",
  blanks: {
    buyer: "[nom de l'acheteur]",
    orderId: "[numéro de commande]",
    carrier: "[transporteur]",
    trackingNumber: "[numéro de suivi]",
    daysLeft: "[nombre de jours]",
    refund: "[montant du remboursement]",
    product: "[produit]",
    shippedAt: "[date d'expédition]",
  },
  days: { one: "# jour", other: "# jours" },
  replies: {
    "tracking-update": {
      title: "Suivi du colis",
      text: "Merci de nous avoir contactés au sujet de la commande {orderId}, et veuillez nous excuser pour l'attente. Votre colis a été expédié le {shippedAt} avec {carrier} ; le numéro de suivi est {trackingNumber}. D'après les dernières informations de suivi, il est en route. Nous le suivons de près et vous tiendrons au courant.",
    },
    "ask-to-wait": {
      title: "Demander un peu de patience",
      text: "Les livraisons internationales prennent parfois plus de temps que prévu, surtout en douane et en période de forte activité. Pourriez-vous patienter encore quelques jours pour la commande {orderId} ? Si nécessaire, nous pouvons prolonger votre période de protection de l'acheteur afin que votre achat reste entièrement protégé. Si le colis n'arrive toujours pas, nous le renverrons ou vous rembourserons : vous n'y perdrez rien.",
    },
    "delivered-check": {
      title: "Le suivi indique « livré »",
      text: "Le suivi de la commande {orderId} ({carrier}, {trackingNumber}) indique que le colis a été livré. Pourriez-vous vérifier auprès de vos voisins, de l'accueil ou du gardien de votre immeuble, dans votre boîte aux lettres et auprès de votre bureau de poste ? Il arrive que les colis soient confiés à une personne à proximité. Si vous ne le trouvez toujours pas, dites-le-nous et nous ouvrirons immédiatement une enquête auprès du transporteur.",
    },
    "offer-reship-or-refund": {
      title: "Proposer un renvoi ou un remboursement",
      text: "Nous sommes désolés que votre commande {orderId} ne soit pas encore arrivée. Pour régler cela, nous pouvons vous envoyer gratuitement un nouveau colis ou vous rembourser {refund}. Dites-nous ce que vous préférez et nous nous en occupons tout de suite.",
    },
    "ask-photos": {
      title: "Demander des photos ou une vidéo",
      text: "Nous sommes désolés que l'article reçu dans la commande {orderId} ({product}) ne corresponde pas à vos attentes. Pour comprendre le problème et le résoudre rapidement, pourriez-vous nous envoyer des photos nettes ou une courte vidéo montrant le problème, ainsi qu'une photo du colis et de son étiquette d'expédition ? Dès réception, nous vous proposerons une solution.",
    },
    "offer-partial-refund": {
      title: "Proposer un remboursement partiel",
      text: "Nous souhaitons régler cela rapidement. Nous pouvons vous proposer un remboursement partiel de {refund} pour la commande {orderId}, et vous gardez l'article. Si cela vous convient, nous soumettrons cette proposition dans le litige pour que vous puissiez l'accepter.",
    },
    "offer-return-refund": {
      title: "Proposer un retour avec remboursement intégral",
      text: "Veuillez nous excuser pour ce désagrément. Vous pouvez retourner l'article et obtenir le remboursement intégral de la commande {orderId}. Une fois votre accord donné, l'adresse de retour s'affichera sur la page du litige ; dès que nous aurons reçu l'article, nous le confirmerons et le remboursement sera effectué. Si vous préférez un remplacement, dites-le-nous simplement.",
    },
    "quality-troubleshooting": {
      title: "Aider au dépannage",
      text: "Merci de nous avoir signalé le problème avec la commande {orderId}. Beaucoup de problèmes se règlent en quelques étapes simples : vérifiez que l'article est installé comme indiqué dans la notice et, s'il fonctionne sur piles ou avec un chargeur, qu'il est bien chargé. Pourriez-vous nous envoyer une courte vidéo montrant ce qui se passe ? Nous vous guiderons pas à pas et, si l'article est défectueux, nous vous proposerons un remplacement ou un remboursement.",
    },
    "send-missing-parts": {
      title: "Envoyer les pièces manquantes",
      text: "Nous sommes désolés qu'il manque quelque chose dans la commande {orderId}. Pourriez-vous nous envoyer une photo de tout ce que vous avez reçu, ainsi que de l'étiquette du colis ? Nous vous enverrons gratuitement les pièces manquantes ou, si vous préférez, nous vous rembourserons {refund} pour celles-ci.",
    },
    "authenticity-explain": {
      title: "Expliquer que l'article est authentique",
      text: "Merci pour votre message concernant la commande {orderId}. Nous prenons l'authenticité très au sérieux : l'article provient de notre fournisseur habituel et nous pouvons fournir les justificatifs d'achat. Pourriez-vous nous dire ce qui vous fait penser qu'il n'est pas authentique et nous envoyer des photos de l'article et de ses étiquettes ? Nous vérifierons attentivement et, en cas de problème, nous accepterons un retour avec remboursement intégral.",
    },
    "change-of-mind-return": {
      title: "Accepter un retour",
      text: "Merci pour votre message concernant la commande {orderId}. Nous comprenons que l'article ne correspond pas à votre besoin. Vous pouvez le retourner non utilisé et dans son emballage d'origine ; l'adresse de retour s'affichera sur la page du litige. Dès que nous aurons reçu l'article et vérifié son état, votre remboursement sera effectué.",
    },
    "ask-details": {
      title: "Demander des précisions",
      text: "Merci de nous avoir contactés au sujet de la commande {orderId}, et veuillez nous excuser pour ce désagrément. Pourriez-vous nous en dire un peu plus sur le problème et, si possible, nous envoyer des photos ou une courte vidéo ? Cela nous aidera à trouver au plus vite la meilleure solution pour vous.",
    },
    "proposal-follow-up": {
      title: "Relancer notre proposition",
      text: "Nous vous avons envoyé une proposition dans le litige de la commande {orderId}. Pourriez-vous la consulter et l'accepter si elle vous convient ? Si vous préférez une autre solution, dites-le-nous : nous serons heureux d'en trouver une qui vous convienne.",
    },
    "platform-statement-shipped": {
      title: "Déclaration pour AliExpress : expédié à temps",
      text: "Déclaration concernant la commande {orderId} : La commande a été expédiée le {shippedAt}, dans le délai de traitement, avec {carrier}, numéro de suivi {trackingNumber}. Les informations de suivi et une capture d'écran du dernier événement de suivi sont jointes. Nous avons répondu rapidement à l'acheteur, l'avons tenu informé de la livraison et lui avons proposé de prolonger la période de protection de l'acheteur. Nous vous remercions d'examiner les preuves jointes.",
    },
    "platform-statement-item": {
      title: "Déclaration pour AliExpress : article conforme",
      text: "Déclaration concernant la commande {orderId} : L'article correspondait à la description de l'annonce et a été contrôlé et emballé avec soin avant l'expédition. Les preuves correspondantes sont jointes : photos de l'article et de l'emballage prises avant l'expédition, instantané du produit et notre conversation avec l'acheteur. Nous avons répondu rapidement à l'acheteur et lui avons proposé un retour avec remboursement intégral ou un remboursement partiel de {refund}. Nous vous remercions d'examiner les preuves jointes.",
    },
    "platform-statement-general": {
      title: "Déclaration pour AliExpress",
      text: "Déclaration concernant la commande {orderId} : Nous avons répondu à l'acheteur dans les délais et proposé des solutions au problème. Nos échanges avec l'acheteur, les informations logistiques et une capture d'écran de la commande sont joints. Nous restons disposés à trouver un accord avec l'acheteur et vous remercions d'examiner les preuves jointes.",
    },
    "still-willing-to-resolve": {
      title: "Toujours ouverts à une solution",
      text: "AliExpress examine actuellement le litige de la commande {orderId}. Votre satisfaction compte pour nous, notre offre tient donc toujours : si vous souhaitez convenir d'une solution directement avec nous, répondez-nous et nous réglerons cela rapidement.",
    },
    "return-instructions": {
      title: "Instructions de retour",
      text: "Merci d'avoir accepté le retour de la commande {orderId}. Veuillez bien emballer l'article, de préférence dans son emballage d'origine avec tous ses accessoires, et l'envoyer à l'adresse de retour indiquée sur la page du litige. Après l'envoi, saisissez le numéro de suivi du retour dans le litige. Il vous reste {daysLeft} pour envoyer le retour. Dès réception de l'article, nous le confirmerons rapidement.",
    },
    "return-ask-tracking": {
      title: "Demander le numéro de suivi du retour",
      text: "Petit rappel concernant le retour de la commande {orderId} : nous ne voyons pas encore de numéro de suivi de retour dans le litige. Si vous avez déjà envoyé le colis, merci d'y saisir son numéro de suivi ; sinon, merci de l'envoyer bientôt. Il vous reste {daysLeft} pour le retour. N'hésitez pas à nous écrire si vous avez besoin d'aide.",
    },
    "return-received-inspecting": {
      title: "Retour reçu",
      text: "Nous avons bien reçu l'article retourné de la commande {orderId}, merci. Nous le vérifions et confirmerons la réception dans le litige dès la fin du contrôle, afin que votre remboursement soit effectué.",
    },
    "return-not-arrived": {
      title: "Retour pas encore arrivé",
      text: "Merci d'avoir envoyé le retour de la commande {orderId}. Le colis ne nous est pas encore parvenu ; nous suivons son acheminement et confirmerons la réception dans le litige dès son arrivée.",
    },
    "refund-processing": {
      title: "Remboursement en cours",
      text: "Votre remboursement de {refund} pour la commande {orderId} est en cours de traitement. Selon votre moyen de paiement et votre banque, il peut falloir quelques jours ouvrés pour qu'il apparaisse sur votre compte. Merci pour votre patience.",
    },
    "thank-you-closing": {
      title: "Remerciements",
      text: "Merci pour votre patience et votre compréhension concernant la commande {orderId}. Nous sommes heureux d'avoir pu régler cela ensemble. Si vous avez besoin de quoi que ce soit, écrivez-nous : nous serons toujours ravis de vous aider.",
    },
    "closed-follow-up": {
      title: "Prendre des nouvelles après la clôture",
      text: "Nous voulions simplement vérifier que tout va bien maintenant avec la commande {orderId}. Si nous pouvons encore faire quelque chose pour vous, écrivez-nous directement par la messagerie : nous vous répondrons rapidement et vous aiderons avec plaisir.",
    },
    "delay-partial-refund": {
      title: "Proposer un remboursement partiel pour le retard",
      text: "Nous sommes désolés que la commande {orderId} prenne plus de temps que prévu. Le colis est toujours en route ({carrier}, numéro de suivi {trackingNumber}). Pour nous excuser de l'attente, nous pouvons vous proposer un remboursement partiel de {refund}, et vous recevrez tout de même le colis. Si cela vous convient, nous soumettrons cette proposition dans le litige pour que vous puissiez l'accepter.",
    },
    "delivered-proof": {
      title: "Partager la preuve de livraison",
      text: "Nous avons vérifié la livraison auprès de {carrier}. D'après leurs données, le colis de la commande {orderId} (numéro de suivi {trackingNumber}) a été livré à l'adresse indiquée dans la commande ; vous trouverez ci-joint la preuve de livraison du transporteur. Pourriez-vous vérifier si un membre de votre foyer, un voisin ou le gardien de votre immeuble l'a réceptionné pour vous ? Si vous ne le trouvez toujours pas, dites-le-nous et nous déposerons une réclamation auprès du transporteur.",
    },
    "customs-help": {
      title: "Colis retenu en douane",
      text: "Merci pour votre patience concernant la commande {orderId}. D'après le suivi ({carrier}, {trackingNumber}), le colis se trouve actuellement à la douane de votre pays. La douane demande parfois au destinataire des informations ou des documents, comme une pièce d'identité ou un numéro fiscal. Pourriez-vous contacter le bureau de douane ou votre bureau de poste avec le numéro de suivi ? S'ils ont besoin d'une facture ou d'un autre document de notre part, dites-le-nous et nous l'enverrons aussitôt.",
    },
    "returned-confirm-address": {
      title: "Colis retourné : confirmer l'adresse",
      text: "Nous sommes désolés : le colis de la commande {orderId} n'a pas pu être livré et nous est retourné ({carrier}, {trackingNumber}). Pourriez-vous vérifier votre adresse de livraison et nous envoyer l'adresse complète, avec le numéro d'appartement, le code postal et un numéro de téléphone où le transporteur peut vous joindre ? Dès que nous l'aurons, nous vous renverrons le colis ou, si vous préférez, nous vous rembourserons.",
    },
    "return-inspection-issue": {
      title: "Article retourné dans un autre état",
      text: "Nous avons bien reçu l'article retourné de la commande {orderId}, merci. En le vérifiant, nous avons constaté qu'il n'est pas dans l'état dans lequel nous l'avons envoyé (par exemple utilisé, abîmé ou incomplet). Nous avons ajouté au litige des photos de ce que nous avons reçu. Nous souhaitons trouver avec vous une solution équitable : nous pouvons vous proposer un remboursement partiel de {refund}. Dites-nous si cela vous convient.",
    },
    "proposal-explain": {
      title: "Expliquer notre proposition",
      text: "Pour que notre proposition dans le litige de la commande {orderId} soit claire : nous avons proposé {refund}. Dès que vous l'acceptez dans le litige, AliExpress l'applique et le remboursement est versé sur votre moyen de paiement d'origine. Si vous avez une question ou préférez une autre solution, écrivez-nous ; nous vous répondrons rapidement.",
    },
    "platform-statement-delivered": {
      title: "Déclaration pour AliExpress : colis livré",
      text: "Déclaration concernant la commande {orderId} : La commande a été expédiée le {shippedAt} avec {carrier}, numéro de suivi {trackingNumber}, et le suivi du transporteur l'indique comme livrée à l'adresse de la commande. La preuve de livraison du transporteur, une capture d'écran du suivi et l'étiquette d'expédition avec l'adresse, identique à celle de la commande, sont jointes. Nous avons proposé à l'acheteur notre aide pour retrouver le colis. Nous vous remercions d'examiner les preuves jointes.",
    },
  },
};

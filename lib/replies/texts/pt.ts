import type { LanguagePack } from "../template-ids";

// Brazilian Portuguese ("você"): most Portuguese-speaking AliExpress buyers are in Brazil.
export const PT: LanguagePack = {
  greeting: "Olá, {buyer}!",
  blanks: {
    buyer: "[nome do comprador]",
    orderId: "[número do pedido]",
    carrier: "[transportadora]",
    trackingNumber: "[código de rastreamento]",
    daysLeft: "[número de dias]",
    refund: "[valor do reembolso]",
    product: "[produto]",
    shippedAt: "[data de envio]",
  },
  days: { one: "# dia", other: "# dias" },
  replies: {
    "tracking-update": {
      title: "Atualização do rastreamento",
      text: "Obrigado por falar conosco sobre o pedido {orderId} e desculpe pela espera. Seu pacote foi enviado em {shippedAt} com a transportadora {carrier}; o código de rastreamento é {trackingNumber}. De acordo com as últimas informações de rastreamento, ele está a caminho. Estamos acompanhando de perto e avisaremos você sobre qualquer novidade.",
    },
    "ask-to-wait": {
      title: "Pedir um pouco mais de paciência",
      text: "As entregas internacionais às vezes demoram mais do que o previsto, principalmente na alfândega e em períodos de muito movimento. Você poderia aguardar mais alguns dias pelo pedido {orderId}? Se necessário, podemos estender o seu período de proteção do comprador para que sua compra continue totalmente protegida. Se o pacote ainda assim não chegar, faremos um novo envio ou o reembolso, e você não terá prejuízo.",
    },
    "delivered-check": {
      title: "Rastreamento mostra entregue",
      text: "O rastreamento do pedido {orderId} ({carrier}, {trackingNumber}) mostra que o pacote foi entregue. Você poderia verificar com seus vizinhos, com a portaria do seu prédio, na sua caixa de correio e na agência postal mais próxima? Às vezes os pacotes são deixados com alguém por perto. Se mesmo assim não o encontrar, avise-nos e abriremos imediatamente uma reclamação com a transportadora.",
    },
    "offer-reship-or-refund": {
      title: "Oferecer reenvio ou reembolso",
      text: "Lamentamos que o seu pedido {orderId} ainda não tenha chegado. Para resolver, podemos enviar um novo pacote sem custo ou reembolsar {refund}. Diga-nos o que prefere e providenciaremos imediatamente.",
    },
    "ask-photos": {
      title: "Pedir fotos ou um vídeo",
      text: "Lamentamos que o item recebido no pedido {orderId} ({product}) não seja o que você esperava. Para entender o problema e resolvê-lo rapidamente, você poderia nos enviar fotos nítidas ou um vídeo curto mostrando o problema, junto com uma foto do pacote e da etiqueta de envio? Assim que recebermos, proporemos uma solução.",
    },
    "offer-partial-refund": {
      title: "Oferecer reembolso parcial",
      text: "Queremos resolver isso rapidamente. Podemos oferecer um reembolso parcial de {refund} pelo pedido {orderId}, e você fica com o item. Se estiver de acordo, enviaremos esta proposta na disputa para que você possa aceitá-la.",
    },
    "offer-return-refund": {
      title: "Oferecer devolução com reembolso total",
      text: "Pedimos desculpas pelo transtorno. Você pode devolver o item e receber o reembolso total do pedido {orderId}. Depois que você concordar, o endereço de devolução aparecerá na página da disputa; assim que recebermos o item, confirmaremos e o reembolso será processado. Se preferir uma troca, é só nos avisar.",
    },
    "quality-troubleshooting": {
      title: "Ajudar a resolver o defeito",
      text: "Obrigado por nos avisar sobre o problema com o pedido {orderId}. Muitos problemas se resolvem com alguns passos simples: verifique se o item está configurado como mostram as instruções e, se ele usa pilhas ou carregador, se está totalmente carregado. Você poderia nos enviar um vídeo curto mostrando o que acontece? Vamos orientar você passo a passo e, se o item estiver com defeito, ofereceremos uma troca ou um reembolso.",
    },
    "send-missing-parts": {
      title: "Enviar as peças que faltam",
      text: "Lamentamos que esteja faltando algo no pedido {orderId}. Você poderia nos enviar uma foto de tudo o que recebeu, junto com a etiqueta do pacote? Enviaremos as peças que faltam sem custo ou, se preferir, reembolsaremos {refund} por elas.",
    },
    "authenticity-explain": {
      title: "Explicar que o item é original",
      text: "Obrigado pela sua mensagem sobre o pedido {orderId}. Levamos a autenticidade muito a sério: o item vem do nosso fornecedor habitual e podemos apresentar os documentos de compra. Você poderia nos dizer por que acha que ele não é original e enviar fotos do item e das etiquetas? Vamos verificar com atenção e, se houver algum problema, aceitaremos a devolução com reembolso total.",
    },
    "change-of-mind-return": {
      title: "Aceitar a devolução",
      text: "Obrigado pela sua mensagem sobre o pedido {orderId}. Entendemos que o item não é o que você precisa. Você pode devolvê-lo sem uso e na embalagem original; o endereço de devolução aparecerá na página da disputa. Assim que recebermos o item e conferirmos o estado dele, seu reembolso será processado.",
    },
    "ask-details": {
      title: "Pedir mais detalhes",
      text: "Obrigado por falar conosco sobre o pedido {orderId} e desculpe pelo transtorno. Você poderia nos contar um pouco mais sobre o problema e, se possível, enviar fotos ou um vídeo curto? Isso nos ajudará a encontrar a melhor solução para você o mais rápido possível.",
    },
    "proposal-follow-up": {
      title: "Lembrar nossa proposta",
      text: "Enviamos uma proposta na disputa do pedido {orderId}. Você poderia dar uma olhada e aceitá-la se estiver de acordo? Se preferir outra solução, é só nos dizer; teremos prazer em encontrar uma que funcione para você.",
    },
    "platform-statement-shipped": {
      title: "Declaração para o AliExpress: enviado no prazo",
      text: "Declaração sobre o pedido {orderId}: O pedido foi enviado em {shippedAt}, dentro do prazo de manuseio, pela transportadora {carrier}, código de rastreamento {trackingNumber}. Seguem em anexo as informações de rastreamento e uma captura de tela do último evento de rastreamento. Respondemos ao comprador prontamente, mantivemos o comprador informado sobre a entrega e oferecemos a extensão do período de proteção do comprador. Pedimos a gentileza de analisar as provas anexadas.",
    },
    "platform-statement-item": {
      title: "Declaração para o AliExpress: item conforme o anúncio",
      text: "Declaração sobre o pedido {orderId}: O item correspondia à descrição do anúncio e foi verificado e embalado com cuidado antes do envio. Seguem em anexo as provas correspondentes: fotos do item e da embalagem feitas antes do envio, o snapshot do produto e nossa conversa com o comprador. Respondemos ao comprador prontamente e oferecemos a devolução com reembolso total ou um reembolso parcial de {refund}. Pedimos a gentileza de analisar as provas anexadas.",
    },
    "platform-statement-general": {
      title: "Declaração para o AliExpress",
      text: "Declaração sobre o pedido {orderId}: Respondemos ao comprador dentro do prazo e propusemos soluções para o problema. Seguem em anexo nossas conversas com o comprador, as informações logísticas e uma captura de tela do pedido. Continuamos dispostos a chegar a um acordo com o comprador e pedimos a gentileza de analisar as provas anexadas.",
    },
    "still-willing-to-resolve": {
      title: "Ainda abertos a uma solução",
      text: "O AliExpress está analisando agora a disputa do pedido {orderId}. A sua satisfação é importante para nós, por isso nossa oferta continua de pé: se quiser combinar uma solução diretamente conosco, responda esta mensagem e resolveremos rapidamente.",
    },
    "return-instructions": {
      title: "Instruções de devolução",
      text: "Obrigado por concordar com a devolução do pedido {orderId}. Embale bem o item, de preferência na embalagem original e com todos os acessórios, e envie-o para o endereço de devolução mostrado na página da disputa. Depois do envio, informe o código de rastreamento da devolução na disputa. Você tem {daysLeft} para enviar a devolução. Assim que recebermos o item, confirmaremos sem demora.",
    },
    "return-ask-tracking": {
      title: "Pedir o código de rastreamento da devolução",
      text: "Um lembrete amigável sobre a devolução do pedido {orderId}: ainda não vemos nenhum código de rastreamento da devolução na disputa. Se você já enviou o pacote, informe o código lá; se ainda não, envie-o em breve. Você tem {daysLeft} para a devolução. Avise-nos se precisar de ajuda.",
    },
    "return-received-inspecting": {
      title: "Devolução recebida",
      text: "Recebemos o item devolvido do pedido {orderId}, obrigado. Estamos verificando e confirmaremos o recebimento na disputa assim que terminarmos, para que o seu reembolso seja processado.",
    },
    "return-not-arrived": {
      title: "Devolução ainda não chegou",
      text: "Obrigado por enviar a devolução do pedido {orderId}. O pacote ainda não chegou até nós; estamos acompanhando o rastreamento e confirmaremos o recebimento na disputa assim que ele chegar.",
    },
    "refund-processing": {
      title: "Reembolso em andamento",
      text: "Seu reembolso de {refund} pelo pedido {orderId} está sendo processado. Dependendo da forma de pagamento e do seu banco, pode levar alguns dias úteis para aparecer na sua conta. Obrigado pela paciência.",
    },
    "thank-you-closing": {
      title: "Agradecimento",
      text: "Obrigado pela paciência e compreensão em relação ao pedido {orderId}. Ficamos felizes por termos resolvido isso juntos. Se precisar de qualquer coisa, é só nos enviar uma mensagem; estamos sempre à disposição para ajudar.",
    },
    "closed-follow-up": {
      title: "Acompanhamento após o encerramento",
      text: "Só queríamos confirmar se agora está tudo bem com o pedido {orderId}. Se ainda pudermos fazer algo por você, escreva diretamente para nós no chat; responderemos rapidamente e teremos prazer em ajudar.",
    },
    "delay-partial-refund": {
      title: "Oferecer reembolso parcial pelo atraso",
      text: "Lamentamos que o pedido {orderId} esteja demorando mais do que o previsto. O pacote continua a caminho ({carrier}, código de rastreamento {trackingNumber}). Como pedido de desculpas pela espera, podemos oferecer um reembolso parcial de {refund}, e você recebe o pacote normalmente. Se estiver de acordo, enviaremos esta proposta na disputa para que você possa aceitá-la.",
    },
    "delivered-proof": {
      title: "Compartilhar o comprovante de entrega",
      text: "Verificamos a entrega com a transportadora {carrier}. Segundo os registros dela, o pacote do pedido {orderId} (código de rastreamento {trackingNumber}) foi entregue no endereço informado no pedido; enviamos em anexo o comprovante de entrega da transportadora. Você poderia verificar se alguém da sua casa, um vizinho ou a portaria do seu prédio recebeu o pacote por você? Se mesmo assim não o encontrar, nos avise e abriremos uma reclamação com a transportadora.",
    },
    "customs-help": {
      title: "Pacote retido na alfândega",
      text: "Obrigado pela paciência com o pedido {orderId}. Segundo o rastreamento ({carrier}, {trackingNumber}), o pacote está na alfândega do seu país. Às vezes a alfândega pede informações ou documentos do destinatário, como um documento de identidade ou o número de contribuinte. Você poderia entrar em contato com a alfândega ou com a agência de correios local informando o código de rastreamento? Se precisarem de uma fatura comercial ou de outro documento nosso, é só avisar que enviaremos na hora.",
    },
    "returned-confirm-address": {
      title: "Pacote devolvido: confirmar o endereço",
      text: "Sentimos muito: o pacote do pedido {orderId} não pôde ser entregue e está voltando para nós ({carrier}, {trackingNumber}). Você poderia conferir seu endereço de entrega e nos enviar o endereço completo, com número, complemento, CEP e um telefone em que a transportadora possa falar com você? Assim que o recebermos, enviaremos o pacote novamente ou, se preferir, faremos o reembolso.",
    },
    "return-inspection-issue": {
      title: "Item devolvido em outro estado",
      text: "Recebemos o item devolvido do pedido {orderId}, obrigado. Ao conferir, vimos que ele não está no estado em que o enviamos (por exemplo, usado, danificado ou incompleto). Adicionamos à disputa fotos do que recebemos. Queremos encontrar com você uma solução justa: podemos oferecer um reembolso parcial de {refund}. Por favor, nos diga se está de acordo.",
    },
    "proposal-explain": {
      title: "Explicar nossa proposta",
      text: "Para deixar clara a nossa proposta na disputa do pedido {orderId}: propusemos {refund}. Assim que você a aceitar na disputa, o AliExpress a executa e o reembolso volta para a sua forma de pagamento original. Se tiver qualquer dúvida ou preferir outra solução, é só nos escrever; responderemos rapidamente.",
    },
    "platform-statement-delivered": {
      title: "Declaração para o AliExpress: pedido entregue",
      text: "Declaração sobre o pedido {orderId}: O pedido foi enviado em {shippedAt} pela transportadora {carrier}, código de rastreamento {trackingNumber}, e o rastreamento da transportadora o mostra como entregue no endereço do pedido. Seguem em anexo o comprovante de entrega da transportadora, uma captura de tela do rastreamento e a etiqueta de envio com o endereço, que coincide com o do pedido. Oferecemos ao comprador nossa ajuda para localizar o pacote. Pedimos a gentileza de analisar as provas anexadas.",
    },
  },
};

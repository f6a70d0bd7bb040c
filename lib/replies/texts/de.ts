import type { LanguagePack } from "../template-ids";

// Buyer texts start in lower case: in German the line after "Hallo …," continues the sentence.
export const DE: LanguagePack = {
  greeting: "Hallo {buyer},",
  blanks: {
    buyer: "[Name des Käufers]",
    orderId: "[Bestellnummer]",
    carrier: "[Versanddienstleister]",
    trackingNumber: "[Sendungsnummer]",
    daysLeft: "[Anzahl Tage]",
    refund: "[Erstattungsbetrag]",
    product: "[Artikel]",
    shippedAt: "[Versanddatum]",
  },
  // Only used in the accusative ("noch 3 Tage Zeit"), never after "von"/"innerhalb" (dative "Tagen").
  days: { one: "# Tag", other: "# Tage" },
  replies: {
    "tracking-update": {
      title: "Sendungsverfolgung",
      text: "vielen Dank für Ihre Nachricht zur Bestellung {orderId}, und entschuldigen Sie bitte die Wartezeit. Ihr Paket wurde am {shippedAt} mit {carrier} versendet, die Sendungsnummer lautet {trackingNumber}. Laut den neuesten Sendungsdaten ist es auf dem Weg zu Ihnen. Wir verfolgen es genau und halten Sie auf dem Laufenden.",
    },
    "ask-to-wait": {
      title: "Um etwas Geduld bitten",
      text: "internationale Sendungen brauchen manchmal länger als erwartet, vor allem beim Zoll und in Zeiten mit hohem Versandaufkommen. Könnten Sie bitte noch einige Tage auf die Bestellung {orderId} warten? Bei Bedarf können wir Ihren Käuferschutz verlängern, damit Ihr Kauf weiterhin vollständig abgesichert ist. Falls das Paket dennoch nicht ankommt, senden wir die Ware erneut oder erstatten Ihnen den Betrag – Sie haben also keinen Nachteil.",
    },
    "delivered-check": {
      title: "Sendung als zugestellt angezeigt",
      text: "laut Sendungsverfolgung der Bestellung {orderId} ({carrier}, {trackingNumber}) wurde das Paket zugestellt. Könnten Sie bitte bei Ihren Nachbarn, beim Empfang oder Hausmeister Ihres Gebäudes, in Ihrem Briefkasten und bei Ihrer Postfiliale nachfragen? Manchmal werden Pakete bei jemandem in der Nähe abgegeben. Wenn Sie es dennoch nicht finden, geben Sie uns bitte Bescheid – wir stellen dann sofort einen Nachforschungsauftrag beim Versanddienstleister.",
    },
    "offer-reship-or-refund": {
      title: "Neuversand oder Erstattung anbieten",
      text: "es tut uns leid, dass Ihre Bestellung {orderId} noch nicht angekommen ist. Um das zu lösen, können wir Ihnen kostenlos ein neues Paket schicken oder Ihnen {refund} erstatten. Teilen Sie uns bitte mit, was Ihnen lieber ist, und wir kümmern uns sofort darum.",
    },
    "ask-photos": {
      title: "Um Fotos oder ein Video bitten",
      text: "es tut uns leid, dass der Artikel aus der Bestellung {orderId} ({product}) nicht Ihren Erwartungen entspricht. Damit wir das Problem verstehen und schnell lösen können, senden Sie uns bitte deutliche Fotos oder ein kurzes Video, auf dem das Problem zu sehen ist, sowie ein Foto des Pakets und des Versandetiketts. Sobald wir sie erhalten, schlagen wir Ihnen eine Lösung vor.",
    },
    "offer-partial-refund": {
      title: "Teilerstattung anbieten",
      text: "wir möchten das schnell für Sie lösen. Wir können Ihnen für die Bestellung {orderId} eine Teilerstattung von {refund} anbieten, und Sie behalten den Artikel. Wenn Sie einverstanden sind, reichen wir diesen Vorschlag im Streitfall ein, damit Sie ihn annehmen können.",
    },
    "offer-return-refund": {
      title: "Rücksendung mit voller Erstattung anbieten",
      text: "bitte entschuldigen Sie die Unannehmlichkeiten. Sie können den Artikel zurücksenden und erhalten den vollen Betrag der Bestellung {orderId} erstattet. Sobald Sie zustimmen, erscheint die Rücksendeadresse auf der Seite des Streitfalls; sobald der Artikel bei uns eintrifft, bestätigen wir den Eingang und die Erstattung wird veranlasst. Wenn Ihnen ein Ersatz lieber ist, sagen Sie uns einfach Bescheid.",
    },
    "quality-troubleshooting": {
      title: "Bei der Fehlersuche helfen",
      text: "danke, dass Sie uns über das Problem mit der Bestellung {orderId} informiert haben. Viele Probleme lassen sich mit ein paar einfachen Schritten beheben: Bitte prüfen Sie, ob der Artikel wie in der Anleitung beschrieben eingerichtet ist und – falls er mit Batterien oder einem Ladegerät betrieben wird – ob er vollständig geladen ist. Könnten Sie uns ein kurzes Video schicken, auf dem zu sehen ist, was passiert? Wir helfen Ihnen Schritt für Schritt, und falls der Artikel defekt ist, bieten wir Ihnen Ersatz oder eine Erstattung an.",
    },
    "send-missing-parts": {
      title: "Fehlende Teile nachsenden",
      text: "es tut uns leid, dass in der Bestellung {orderId} etwas fehlt. Könnten Sie uns bitte ein Foto von allem schicken, was Sie erhalten haben, zusammen mit dem Paketetikett? Wir senden Ihnen die fehlenden Teile kostenlos nach oder erstatten Ihnen dafür, wenn Sie möchten, {refund}.",
    },
    "authenticity-explain": {
      title: "Echtheit des Artikels erläutern",
      text: "vielen Dank für Ihre Nachricht zur Bestellung {orderId}. Echtheit ist uns sehr wichtig: Der Artikel stammt von unserem festen Lieferanten, und wir können die Einkaufsbelege vorlegen. Könnten Sie uns bitte mitteilen, warum Sie glauben, dass er nicht echt ist, und uns Fotos des Artikels und seiner Etiketten senden? Wir prüfen das sorgfältig und akzeptieren bei einem Problem eine Rücksendung mit voller Erstattung.",
    },
    "change-of-mind-return": {
      title: "Rücksendung annehmen",
      text: "vielen Dank für Ihre Nachricht zur Bestellung {orderId}. Wir verstehen, dass der Artikel nicht das Richtige für Sie ist. Sie können ihn gern unbenutzt und in der Originalverpackung zurücksenden; die Rücksendeadresse erscheint auf der Seite des Streitfalls. Sobald der Artikel bei uns eingetroffen ist und wir seinen Zustand geprüft haben, wird Ihre Erstattung veranlasst.",
    },
    "ask-details": {
      title: "Nach Details fragen",
      text: "vielen Dank für Ihre Nachricht zur Bestellung {orderId}, und entschuldigen Sie bitte die Unannehmlichkeiten. Könnten Sie uns das Problem etwas genauer beschreiben und uns, wenn möglich, Fotos oder ein kurzes Video schicken? So finden wir so schnell wie möglich die beste Lösung für Sie.",
    },
    "proposal-follow-up": {
      title: "An unseren Vorschlag erinnern",
      text: "wir haben Ihnen im Streitfall zur Bestellung {orderId} einen Vorschlag gesendet. Könnten Sie ihn sich bitte ansehen und annehmen, wenn er für Sie passt? Wenn Sie eine andere Lösung bevorzugen, sagen Sie es uns einfach – wir finden gern eine, die Ihnen zusagt.",
    },
    "platform-statement-shipped": {
      title: "Stellungnahme für AliExpress: rechtzeitig versendet",
      text: "Stellungnahme zur Bestellung {orderId}: Die Bestellung wurde am {shippedAt} innerhalb der Bearbeitungszeit mit {carrier} versendet, Sendungsnummer {trackingNumber}. Die Sendungsdaten und ein Screenshot des letzten Sendungsereignisses sind beigefügt. Wir haben dem Käufer umgehend geantwortet, ihn über die Zustellung informiert und angeboten, den Käuferschutz zu verlängern. Wir bitten Sie, die beigefügten Nachweise zu prüfen.",
    },
    "platform-statement-item": {
      title: "Stellungnahme für AliExpress: Artikel wie beschrieben",
      text: "Stellungnahme zur Bestellung {orderId}: Der Artikel entsprach der Artikelbeschreibung und wurde vor dem Versand geprüft und sorgfältig verpackt. Die entsprechenden Nachweise sind beigefügt: Fotos des Artikels und der Verpackung vor dem Versand, der Produkt-Snapshot und unser Chat mit dem Käufer. Wir haben dem Käufer umgehend geantwortet und eine Rücksendung mit voller Erstattung oder eine Teilerstattung von {refund} angeboten. Wir bitten Sie, die beigefügten Nachweise zu prüfen.",
    },
    "platform-statement-general": {
      title: "Stellungnahme für AliExpress",
      text: "Stellungnahme zur Bestellung {orderId}: Wir haben dem Käufer fristgerecht geantwortet und Lösungen für das Problem vorgeschlagen. Unsere Chatverläufe mit dem Käufer, die Logistikinformationen und ein Screenshot der Bestellung sind beigefügt. Wir sind weiterhin bereit, uns mit dem Käufer zu einigen, und bitten Sie, die beigefügten Nachweise zu prüfen.",
    },
    "still-willing-to-resolve": {
      title: "Weiterhin offen für eine Lösung",
      text: "AliExpress prüft jetzt den Streitfall zur Bestellung {orderId}. Ihre Zufriedenheit ist uns wichtig, deshalb gilt unser Angebot weiterhin: Wenn Sie sich direkt mit uns auf eine Lösung einigen möchten, antworten Sie uns einfach, und wir regeln das schnell.",
    },
    "return-instructions": {
      title: "Anleitung zur Rücksendung",
      text: "danke, dass Sie der Rücksendung für die Bestellung {orderId} zugestimmt haben. Bitte verpacken Sie den Artikel sicher, am besten in der Originalverpackung mit allem Zubehör, und senden Sie ihn an die Rücksendeadresse auf der Seite des Streitfalls. Tragen Sie nach dem Versand bitte die Sendungsnummer der Rücksendung im Streitfall ein. Für die Rücksendung haben Sie noch {daysLeft} Zeit. Sobald der Artikel bei uns eintrifft, bestätigen wir das umgehend.",
    },
    "return-ask-tracking": {
      title: "Nach der Sendungsnummer der Rücksendung fragen",
      text: "eine freundliche Erinnerung zur Rücksendung der Bestellung {orderId}: Im Streitfall ist noch keine Sendungsnummer der Rücksendung eingetragen. Wenn Sie das Paket bereits verschickt haben, tragen Sie die Sendungsnummer bitte dort ein; wenn nicht, senden Sie es bitte bald ab. Sie haben dafür noch {daysLeft} Zeit. Melden Sie sich gern, wenn Sie Hilfe brauchen.",
    },
    "return-received-inspecting": {
      title: "Rücksendung erhalten",
      text: "wir haben den zurückgesendeten Artikel der Bestellung {orderId} erhalten, vielen Dank. Wir prüfen ihn gerade und bestätigen den Eingang im Streitfall, sobald die Prüfung abgeschlossen ist, damit Ihre Erstattung veranlasst wird.",
    },
    "return-not-arrived": {
      title: "Rücksendung noch nicht eingetroffen",
      text: "danke, dass Sie die Rücksendung der Bestellung {orderId} verschickt haben. Das Paket ist noch nicht bei uns angekommen; wir verfolgen die Sendung und bestätigen den Eingang im Streitfall, sobald es eintrifft.",
    },
    "refund-processing": {
      title: "Erstattung in Bearbeitung",
      text: "Ihre Erstattung von {refund} für die Bestellung {orderId} wird gerade bearbeitet. Je nach Zahlungsart und Bank kann es einige Werktage dauern, bis der Betrag auf Ihrem Konto erscheint. Vielen Dank für Ihre Geduld.",
    },
    "thank-you-closing": {
      title: "Dankeschön",
      text: "vielen Dank für Ihre Geduld und Ihr Verständnis bei der Bestellung {orderId}. Wir freuen uns, dass wir das gemeinsam lösen konnten. Wenn Sie einmal etwas brauchen, schreiben Sie uns einfach – wir helfen Ihnen jederzeit gern.",
    },
    "closed-follow-up": {
      title: "Nach Abschluss nachfragen",
      text: "wir wollten nur kurz nachfragen, ob mit der Bestellung {orderId} jetzt alles in Ordnung ist. Wenn wir noch etwas für Sie tun können, schreiben Sie uns bitte direkt im Chat – wir antworten schnell und helfen gern.",
    },
    "delay-partial-refund": {
      title: "Teilerstattung für die Verzögerung anbieten",
      text: "es tut uns leid, dass die Lieferung der Bestellung {orderId} länger dauert als erwartet. Das Paket ist weiterhin auf dem Weg zu Ihnen ({carrier}, Sendungsnummer {trackingNumber}). Als Entschuldigung für die Wartezeit können wir Ihnen eine Teilerstattung von {refund} anbieten, und das Paket wird Ihnen trotzdem zugestellt. Wenn Sie einverstanden sind, reichen wir diesen Vorschlag im Streitfall ein, damit Sie ihn annehmen können.",
    },
    "delivered-proof": {
      title: "Zustellnachweis teilen",
      text: "wir haben die Zustellung bei {carrier} überprüft. Laut den Daten des Versanddienstleisters wurde das Paket der Bestellung {orderId} (Sendungsnummer {trackingNumber}) an die in der Bestellung angegebene Adresse zugestellt; den Zustellnachweis fügen wir bei. Könnten Sie bitte nachsehen, ob jemand aus Ihrem Haushalt, ein Nachbar oder der Empfang Ihres Hauses es für Sie angenommen hat? Falls Sie es trotzdem nicht finden, geben Sie uns bitte Bescheid, dann stellen wir einen Nachforschungsantrag beim Versanddienstleister.",
    },
    "customs-help": {
      title: "Paket beim Zoll",
      text: "vielen Dank für Ihre Geduld mit der Bestellung {orderId}. Laut Sendungsverfolgung ({carrier}, {trackingNumber}) befindet sich das Paket derzeit beim Zoll in Ihrem Land. Der Zoll benötigt manchmal zusätzliche Angaben oder Unterlagen vom Empfänger, zum Beispiel einen Ausweis oder eine Steuernummer. Könnten Sie sich bitte mit der Sendungsnummer an Ihr Zollamt oder Ihre Postfiliale wenden? Wenn dort eine Rechnung oder ein anderes Dokument von uns benötigt wird, sagen Sie uns bitte Bescheid, dann schicken wir es sofort.",
    },
    "returned-confirm-address": {
      title: "Paket zurückgesandt: Adresse bestätigen",
      text: "es tut uns leid: Das Paket der Bestellung {orderId} konnte nicht zugestellt werden und wird an uns zurückgeschickt ({carrier}, {trackingNumber}). Könnten Sie bitte Ihre Lieferadresse prüfen und uns die vollständige Adresse mit Hausnummer, gegebenenfalls Wohnungsnummer, Postleitzahl und einer Telefonnummer schicken, unter der der Zusteller Sie erreichen kann? Sobald wir sie haben, senden wir das Paket erneut oder erstatten Ihnen den Betrag, wenn Ihnen das lieber ist.",
    },
    "return-inspection-issue": {
      title: "Rücksendung nicht im versandten Zustand",
      text: "wir haben den zurückgesandten Artikel der Bestellung {orderId} erhalten, vielen Dank. Bei der Prüfung haben wir festgestellt, dass er nicht in dem Zustand ist, in dem wir ihn verschickt haben (zum Beispiel benutzt, beschädigt oder unvollständig). Fotos davon haben wir dem Streitfall hinzugefügt. Wir möchten gemeinsam mit Ihnen eine faire Lösung finden: Wir können Ihnen eine Teilerstattung von {refund} anbieten. Bitte teilen Sie uns mit, ob Sie einverstanden sind.",
    },
    "proposal-explain": {
      title: "Unseren Vorschlag erklären",
      text: "damit unser Vorschlag im Streitfall zur Bestellung {orderId} klar ist: Wir haben {refund} vorgeschlagen. Sobald Sie ihn im Streitfall annehmen, setzt AliExpress ihn um, und die Erstattung geht auf Ihr ursprüngliches Zahlungsmittel. Wenn Sie Fragen haben oder eine andere Lösung bevorzugen, schreiben Sie uns einfach; wir antworten schnell.",
    },
    "platform-statement-delivered": {
      title: "Stellungnahme für AliExpress: zugestellt",
      text: "Stellungnahme zur Bestellung {orderId}: Die Bestellung wurde am {shippedAt} mit {carrier} versendet, Sendungsnummer {trackingNumber}, und laut Sendungsverfolgung des Versanddienstleisters an die Adresse der Bestellung zugestellt. Der Zustellnachweis des Versanddienstleisters, ein Screenshot der Sendungsverfolgung und das Versandetikett mit der Adresse, die mit der Bestellung übereinstimmt, sind beigefügt. Wir haben dem Käufer angeboten, ihm bei der Suche nach dem Paket zu helfen. Wir bitten Sie, die beigefügten Nachweise zu prüfen.",
    },
  },
};

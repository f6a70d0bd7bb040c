import type { LanguagePack } from "../template-ids";

export const EN: LanguagePack = {
  greeting: "Hello {buyer},",
  blanks: {
    buyer: "[buyer name]",
    orderId: "[order number]",
    carrier: "[carrier]",
    trackingNumber: "[tracking number]",
    daysLeft: "[number of days]",
    refund: "[refund amount]",
    product: "[product]",
    shippedAt: "[shipping date]",
  },
  days: { one: "# day", other: "# days" },
  replies: {
    "tracking-update": {
      title: "Tracking update",
      text: "Thank you for contacting us about order {orderId}, and sorry for the wait. Your parcel was shipped on {shippedAt} with {carrier}; the tracking number is {trackingNumber}. According to the latest tracking information, it is on its way to you. We are following it closely and will keep you updated.",
    },
    "ask-to-wait": {
      title: "Ask to wait a little longer",
      text: "International deliveries sometimes take longer than expected, especially at customs and in busy periods. Could you please wait a few more days for order {orderId}? If needed, we can extend your buyer protection period so that your purchase stays fully protected. If the parcel still does not arrive, we will reship it or refund you, so you will not lose out.",
    },
    "delivered-check": {
      title: "Tracking shows delivered",
      text: "The tracking for order {orderId} ({carrier}, {trackingNumber}) shows that the parcel was delivered. Could you please check with your neighbours, your building's reception or caretaker, your mailbox and your local post office? Parcels are sometimes left with someone nearby. If you still cannot find it, please let us know and we will open an inquiry with the carrier right away.",
    },
    "offer-reship-or-refund": {
      title: "Offer reshipment or refund",
      text: "We are sorry that your order {orderId} has not arrived yet. To resolve this, we can send you a new parcel free of charge or refund {refund}. Please tell us which you prefer, and we will arrange it right away.",
    },
    "ask-photos": {
      title: "Ask for photos or a video",
      text: "We are sorry that the item you received in order {orderId} ({product}) is not what you expected. To understand the problem and solve it quickly, could you please send us clear photos or a short video showing the issue, together with a photo of the package and its shipping label? As soon as we receive them, we will propose a solution.",
    },
    "offer-partial-refund": {
      title: "Offer a partial refund",
      text: "We would like to resolve this quickly for you. We can offer a partial refund of {refund} for order {orderId}, and you keep the item. If you agree, we will submit this proposal in the dispute so that you can accept it.",
    },
    "offer-return-refund": {
      title: "Offer a return for a full refund",
      text: "We are sorry for the inconvenience. You can return the item for a full refund of order {orderId}. Once you agree, the return address will appear on the dispute page; as soon as we receive the item, we will confirm it and the refund will be processed. If you would prefer a replacement instead, just let us know.",
    },
    "quality-troubleshooting": {
      title: "Help with troubleshooting",
      text: "Thank you for letting us know about the problem with order {orderId}. Many issues can be solved in a few simple steps: please check that the item is set up as shown in the instructions and, if it uses batteries or a charger, that it is fully charged. Could you send us a short video showing what happens? We will guide you step by step, and if the item is faulty, we will offer a replacement or a refund.",
    },
    "send-missing-parts": {
      title: "Send the missing parts",
      text: "We are sorry that something is missing from order {orderId}. Could you please send us a photo of everything you received, together with the package label? We will send you the missing parts free of charge or, if you prefer, refund {refund} for them.",
    },
    "authenticity-explain": {
      title: "Explain that the item is genuine",
      text: "Thank you for your message about order {orderId}. We take authenticity very seriously: the item comes from our regular supplier, and we can provide the purchase documents. Could you please tell us why you think it is not genuine and send photos of the item and its labels? We will check carefully, and if there is a problem, we will accept a return for a full refund.",
    },
    "change-of-mind-return": {
      title: "Accept a return",
      text: "Thank you for your message about order {orderId}. We understand that the item is not what you need. You are welcome to return it unused and in its original packaging; the return address will be shown on the dispute page. As soon as we receive the item and check its condition, your refund will be processed.",
    },
    "ask-details": {
      title: "Ask for details",
      text: "Thank you for contacting us about order {orderId}, and sorry for the trouble. Could you please tell us a little more about the problem and, if possible, send photos or a short video? This will help us find the best solution for you as quickly as possible.",
    },
    "proposal-follow-up": {
      title: "Follow up on our proposal",
      text: "We have sent you a proposal in the dispute for order {orderId}. Could you please take a look and accept it if it works for you? If you would prefer a different solution, just tell us; we will gladly find one that suits you.",
    },
    "platform-statement-shipped": {
      title: "Statement for AliExpress: shipped on time",
      text: "Statement regarding order {orderId}: The order was shipped on {shippedAt}, within the handling time, with {carrier}, tracking number {trackingNumber}. The tracking information and a screenshot of the latest tracking event are attached. We replied to the buyer promptly, kept them informed about the delivery and offered to extend the buyer protection period. We kindly ask you to review the attached evidence.",
    },
    "platform-statement-item": {
      title: "Statement for AliExpress: item as described",
      text: "Statement regarding order {orderId}: The item matched the listing description and was checked and packed carefully before shipping. The relevant evidence is attached: photos of the item and its packaging taken before shipping, the product snapshot and our chat with the buyer. We replied to the buyer promptly and offered a return for a full refund or a partial refund of {refund}. We kindly ask you to review the attached evidence.",
    },
    "platform-statement-general": {
      title: "Statement for AliExpress",
      text: "Statement regarding order {orderId}: We replied to the buyer within the time limit and proposed solutions to the problem. Our chat records with the buyer, the logistics information and a screenshot of the order are attached. We are still willing to reach an agreement with the buyer and kindly ask you to review the attached evidence.",
    },
    "still-willing-to-resolve": {
      title: "Still open to a solution",
      text: "AliExpress is now reviewing the dispute for order {orderId}. Your satisfaction matters to us, so our offer still stands: if you would like to agree on a solution with us directly, just reply and we will settle it quickly.",
    },
    "return-instructions": {
      title: "Return instructions",
      text: "Thank you for agreeing to the return for order {orderId}. Please pack the item securely, preferably in its original packaging with all accessories, and send it to the return address shown on the dispute page. After shipping, please enter the return tracking number in the dispute. You have {daysLeft} left to send the return. As soon as we receive the item, we will confirm it promptly.",
    },
    "return-ask-tracking": {
      title: "Ask for the return tracking number",
      text: "A friendly reminder about the return for order {orderId}: we do not see a return tracking number in the dispute yet. If you have already sent the parcel, please enter its tracking number there; if not, please send it soon. You have {daysLeft} left for the return. Let us know if you need any help.",
    },
    "return-received-inspecting": {
      title: "Return received",
      text: "We have received your returned item for order {orderId}, thank you. We are checking it now and will confirm receipt in the dispute as soon as the inspection is done, so that your refund can be processed.",
    },
    "return-not-arrived": {
      title: "Return not arrived yet",
      text: "Thank you for sending the return for order {orderId}. The parcel has not reached us yet; we are following its tracking and will confirm receipt in the dispute as soon as it arrives.",
    },
    "refund-processing": {
      title: "Refund on its way",
      text: "Your refund of {refund} for order {orderId} is being processed. Depending on your payment method and bank, it may take a few business days to appear in your account. Thank you for your patience.",
    },
    "thank-you-closing": {
      title: "Thank you",
      text: "Thank you for your patience and understanding regarding order {orderId}. We are glad we could resolve this together. If you ever need anything else, just send us a message; we are always happy to help.",
    },
    "closed-follow-up": {
      title: "Check in after closing",
      text: "We just wanted to check that everything is fine with order {orderId} now. If there is still something we can do for you, please write to us directly in the chat; we will answer quickly and gladly help.",
    },
    "delay-partial-refund": {
      title: "Offer a partial refund for the delay",
      text: "We are sorry that order {orderId} is taking longer than expected. The parcel is still on its way to you ({carrier}, tracking number {trackingNumber}). As an apology for the wait, we can offer you a partial refund of {refund}, and you will still receive the parcel. If you agree, we will submit this proposal in the dispute so that you can accept it.",
    },
    "delivered-proof": {
      title: "Share the proof of delivery",
      text: "We have checked the delivery with {carrier}. Their records show that the parcel for order {orderId} (tracking number {trackingNumber}) was delivered to the address in your order; we are attaching the carrier's proof of delivery. Could you please check whether someone in your household, a neighbour or your building's reception accepted it for you? If you still cannot find it, please tell us and we will file a claim with the carrier.",
    },
    "customs-help": {
      title: "Parcel held at customs",
      text: "Thank you for your patience with order {orderId}. According to the tracking ({carrier}, {trackingNumber}), the parcel is currently at customs in your country. Customs sometimes need extra information or documents from the recipient, such as an ID or a tax number. Could you please contact your customs office or local post office with the tracking number? If they need an invoice or any other document from us, let us know and we will send it right away.",
    },
    "returned-confirm-address": {
      title: "Parcel returned: confirm the address",
      text: "We are sorry: the parcel for order {orderId} could not be delivered and is on its way back to us ({carrier}, {trackingNumber}). Could you please check your shipping address and send us the complete address, including the apartment number, the postcode and a phone number the carrier can reach you on? As soon as we have it, we will send the parcel again or, if you prefer, refund you.",
    },
    "return-inspection-issue": {
      title: "Returned item not as sent",
      text: "We have received the returned item for order {orderId}, thank you. When we checked it, we found that it is not in the condition in which we sent it (for example used, damaged or incomplete). We have added photos of what we received to the dispute. We would like to find a fair solution with you: we can offer a partial refund of {refund}. Please let us know if you agree.",
    },
    "proposal-explain": {
      title: "Explain our proposal",
      text: "To make our proposal in the dispute for order {orderId} clear: we have proposed {refund}. Once you accept it in the dispute, AliExpress carries it out and the refund goes back to your original payment method. If you have any questions or would prefer a different solution, just write to us; we will reply quickly.",
    },
    "platform-statement-delivered": {
      title: "Statement for AliExpress: delivered",
      text: "Statement regarding order {orderId}: The order was shipped on {shippedAt} with {carrier}, tracking number {trackingNumber}, and the carrier's tracking shows it as delivered to the address in the order. The carrier's proof of delivery, a screenshot of the tracking and the shipping label with the address, which matches the order, are attached. We offered the buyer our help in locating the parcel. We kindly ask you to review the attached evidence.",
    },
  },
};

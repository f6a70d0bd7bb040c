import type { LanguagePack } from "../template-ids";

export const ES: LanguagePack = {
  greeting: "Hola, {buyer}:",
  blanks: {
    buyer: "[nombre del comprador]",
    orderId: "[número de pedido]",
    carrier: "[transportista]",
    trackingNumber: "[número de seguimiento]",
    daysLeft: "[número de días]",
    refund: "[importe del reembolso]",
    product: "[producto]",
    shippedAt: "[fecha de envío]",
  },
  days: { one: "# día", other: "# días" },
  replies: {
    "tracking-update": {
      title: "Información de seguimiento",
      text: "Gracias por escribirnos sobre el pedido {orderId} y disculpe la espera. Su paquete fue enviado el {shippedAt} con {carrier}; el número de seguimiento es {trackingNumber}. Según la última información de seguimiento, está en camino. Lo estamos vigilando de cerca y le mantendremos al tanto.",
    },
    "ask-to-wait": {
      title: "Pedir un poco más de paciencia",
      text: "Los envíos internacionales a veces tardan más de lo previsto, sobre todo en la aduana y en temporadas de mucha demanda. ¿Podría esperar unos días más el pedido {orderId}? Si hace falta, podemos ampliar su período de protección al comprador para que su compra siga totalmente protegida. Si el paquete sigue sin llegar, se lo reenviaremos o le devolveremos el dinero: no saldrá perdiendo.",
    },
    "delivered-check": {
      title: "El seguimiento indica «entregado»",
      text: "El seguimiento del pedido {orderId} ({carrier}, {trackingNumber}) indica que el paquete fue entregado. ¿Podría consultar con sus vecinos, con la conserjería o recepción de su edificio, revisar su buzón y preguntar en su oficina de correos? A veces los paquetes se dejan con alguien cercano. Si aun así no lo encuentra, avísenos y abriremos enseguida una reclamación con el transportista.",
    },
    "offer-reship-or-refund": {
      title: "Ofrecer reenvío o reembolso",
      text: "Lamentamos que su pedido {orderId} todavía no haya llegado. Para solucionarlo, podemos enviarle un nuevo paquete sin coste o reembolsarle {refund}. Díganos qué prefiere y lo gestionaremos de inmediato.",
    },
    "ask-photos": {
      title: "Pedir fotos o un vídeo",
      text: "Lamentamos que el artículo recibido en el pedido {orderId} ({product}) no sea lo que esperaba. Para entender el problema y resolverlo rápido, ¿podría enviarnos fotos claras o un vídeo corto que muestre el problema, junto con una foto del paquete y de su etiqueta de envío? En cuanto los recibamos, le propondremos una solución.",
    },
    "offer-partial-refund": {
      title: "Ofrecer un reembolso parcial",
      text: "Queremos resolver esto cuanto antes. Podemos ofrecerle un reembolso parcial de {refund} por el pedido {orderId} y usted se queda con el artículo. Si está de acuerdo, enviaremos esta propuesta en la disputa para que pueda aceptarla.",
    },
    "offer-return-refund": {
      title: "Ofrecer devolución con reembolso total",
      text: "Disculpe las molestias. Puede devolver el artículo y recibir el reembolso total del pedido {orderId}. Cuando acepte, la dirección de devolución aparecerá en la página de la disputa; en cuanto recibamos el artículo, lo confirmaremos y se procesará el reembolso. Si prefiere un reemplazo, solo díganoslo.",
    },
    "quality-troubleshooting": {
      title: "Ayudar a resolver el fallo",
      text: "Gracias por avisarnos del problema con el pedido {orderId}. Muchos fallos se solucionan con unos pasos sencillos: compruebe que el artículo esté configurado como indican las instrucciones y, si usa pilas o cargador, que esté completamente cargado. ¿Podría enviarnos un vídeo corto que muestre lo que ocurre? Le guiaremos paso a paso y, si el artículo está defectuoso, le ofreceremos un reemplazo o un reembolso.",
    },
    "send-missing-parts": {
      title: "Enviar las piezas que faltan",
      text: "Lamentamos que falte algo en el pedido {orderId}. ¿Podría enviarnos una foto de todo lo que recibió, junto con la etiqueta del paquete? Le enviaremos las piezas que faltan sin coste o, si lo prefiere, le reembolsaremos {refund} por ellas.",
    },
    "authenticity-explain": {
      title: "Explicar que el artículo es original",
      text: "Gracias por su mensaje sobre el pedido {orderId}. Nos tomamos muy en serio la autenticidad: el artículo procede de nuestro proveedor habitual y podemos aportar los documentos de compra. ¿Podría indicarnos por qué cree que no es original y enviarnos fotos del artículo y de sus etiquetas? Lo revisaremos con atención y, si hay algún problema, aceptaremos la devolución con reembolso total.",
    },
    "change-of-mind-return": {
      title: "Aceptar la devolución",
      text: "Gracias por su mensaje sobre el pedido {orderId}. Entendemos que el artículo no es lo que necesita. Puede devolverlo sin usar y en su embalaje original; la dirección de devolución aparecerá en la página de la disputa. En cuanto recibamos el artículo y comprobemos su estado, se procesará su reembolso.",
    },
    "ask-details": {
      title: "Pedir más detalles",
      text: "Gracias por escribirnos sobre el pedido {orderId} y disculpe las molestias. ¿Podría contarnos un poco más sobre el problema y, si es posible, enviarnos fotos o un vídeo corto? Así podremos encontrar la mejor solución para usted lo antes posible.",
    },
    "proposal-follow-up": {
      title: "Recordar nuestra propuesta",
      text: "Le hemos enviado una propuesta en la disputa del pedido {orderId}. ¿Podría revisarla y aceptarla si le parece bien? Si prefiere otra solución, díganoslo: con gusto buscaremos una que le convenga.",
    },
    "platform-statement-shipped": {
      title: "Declaración para AliExpress: enviado a tiempo",
      text: "Declaración sobre el pedido {orderId}: El pedido se envió el {shippedAt}, dentro del plazo de preparación, con {carrier}, número de seguimiento {trackingNumber}. Adjuntamos la información de seguimiento y una captura del último evento de seguimiento. Respondimos al comprador con prontitud, le informamos sobre la entrega y le ofrecimos ampliar el período de protección al comprador. Les rogamos que revisen las pruebas adjuntas.",
    },
    "platform-statement-item": {
      title: "Declaración para AliExpress: artículo conforme",
      text: "Declaración sobre el pedido {orderId}: El artículo correspondía a la descripción del anuncio y se revisó y embaló con cuidado antes del envío. Adjuntamos las pruebas correspondientes: fotos del artículo y del embalaje tomadas antes del envío, la instantánea del producto y nuestra conversación con el comprador. Respondimos al comprador con prontitud y le ofrecimos una devolución con reembolso total o un reembolso parcial de {refund}. Les rogamos que revisen las pruebas adjuntas.",
    },
    "platform-statement-general": {
      title: "Declaración para AliExpress",
      text: "Declaración sobre el pedido {orderId}: Respondimos al comprador dentro del plazo y le propusimos soluciones al problema. Adjuntamos nuestras conversaciones con el comprador, la información logística y una captura del pedido. Seguimos dispuestos a llegar a un acuerdo con el comprador y les rogamos que revisen las pruebas adjuntas.",
    },
    "still-willing-to-resolve": {
      title: "Seguimos abiertos a una solución",
      text: "AliExpress está revisando ahora la disputa del pedido {orderId}. Su satisfacción es importante para nosotros, así que nuestra oferta sigue en pie: si desea acordar una solución directamente con nosotros, respóndanos y lo resolveremos rápidamente.",
    },
    "return-instructions": {
      title: "Instrucciones de devolución",
      text: "Gracias por aceptar la devolución del pedido {orderId}. Embale bien el artículo, preferiblemente en su embalaje original y con todos los accesorios, y envíelo a la dirección de devolución que aparece en la página de la disputa. Después del envío, introduzca el número de seguimiento de la devolución en la disputa. Tiene {daysLeft} para enviar la devolución. En cuanto recibamos el artículo, lo confirmaremos sin demora.",
    },
    "return-ask-tracking": {
      title: "Pedir el número de seguimiento de la devolución",
      text: "Un recordatorio amable sobre la devolución del pedido {orderId}: todavía no vemos ningún número de seguimiento de la devolución en la disputa. Si ya envió el paquete, introduzca allí su número de seguimiento; si no, envíelo pronto. Tiene {daysLeft} para hacer la devolución. Avísenos si necesita ayuda.",
    },
    "return-received-inspecting": {
      title: "Devolución recibida",
      text: "Hemos recibido el artículo devuelto del pedido {orderId}, gracias. Lo estamos revisando y confirmaremos la recepción en la disputa en cuanto terminemos, para que se procese su reembolso.",
    },
    "return-not-arrived": {
      title: "La devolución aún no ha llegado",
      text: "Gracias por enviar la devolución del pedido {orderId}. El paquete todavía no nos ha llegado; estamos siguiendo el envío y confirmaremos la recepción en la disputa en cuanto llegue.",
    },
    "refund-processing": {
      title: "Reembolso en curso",
      text: "Su reembolso de {refund} por el pedido {orderId} se está procesando. Según su método de pago y su banco, puede tardar unos días hábiles en aparecer en su cuenta. Gracias por su paciencia.",
    },
    "thank-you-closing": {
      title: "Agradecimiento",
      text: "Gracias por su paciencia y comprensión con el pedido {orderId}. Nos alegra haberlo resuelto juntos. Si alguna vez necesita algo más, escríbanos: siempre estaremos encantados de ayudarle.",
    },
    "closed-follow-up": {
      title: "Seguimiento tras el cierre",
      text: "Solo queríamos comprobar que ahora todo está bien con el pedido {orderId}. Si aún podemos hacer algo por usted, escríbanos directamente por el chat: le responderemos rápido y le ayudaremos con gusto.",
    },
    "delay-partial-refund": {
      title: "Ofrecer un reembolso parcial por el retraso",
      text: "Lamentamos que el pedido {orderId} esté tardando más de lo previsto. El paquete sigue en camino ({carrier}, número de seguimiento {trackingNumber}). Como disculpa por la espera, podemos ofrecerle un reembolso parcial de {refund}, y el paquete le llegará igualmente. Si está de acuerdo, enviaremos esta propuesta en la disputa para que pueda aceptarla.",
    },
    "delivered-proof": {
      title: "Compartir la prueba de entrega",
      text: "Hemos revisado la entrega con {carrier}. Según sus registros, el paquete del pedido {orderId} (número de seguimiento {trackingNumber}) se entregó en la dirección indicada en el pedido; le adjuntamos la prueba de entrega del transportista. ¿Podría comprobar si alguien de su casa, un vecino o la recepción de su edificio lo recibió por usted? Si aun así no lo encuentra, díganoslo y presentaremos una reclamación al transportista.",
    },
    "customs-help": {
      title: "Paquete retenido en aduana",
      text: "Gracias por su paciencia con el pedido {orderId}. Según el seguimiento ({carrier}, {trackingNumber}), el paquete se encuentra en la aduana de su país. A veces la aduana necesita información o documentos del destinatario, como un documento de identidad o un número fiscal. ¿Podría ponerse en contacto con la aduana o con su oficina de correos local indicando el número de seguimiento? Si necesitan una factura u otro documento nuestro, avísenos y se lo enviaremos de inmediato.",
    },
    "returned-confirm-address": {
      title: "Paquete devuelto: confirmar la dirección",
      text: "Lo sentimos: el paquete del pedido {orderId} no se pudo entregar y nos lo están devolviendo ({carrier}, {trackingNumber}). ¿Podría revisar su dirección de envío y enviarnos la dirección completa, con el número de piso o apartamento, el código postal y un teléfono en el que el transportista pueda localizarle? En cuanto la tengamos, le enviaremos el paquete de nuevo o, si lo prefiere, le haremos el reembolso.",
    },
    "return-inspection-issue": {
      title: "Artículo devuelto en otro estado",
      text: "Hemos recibido el artículo devuelto del pedido {orderId}, gracias. Al revisarlo, hemos visto que no está en el estado en que lo enviamos (por ejemplo, usado, dañado o incompleto). Hemos añadido a la disputa fotos de lo que recibimos. Queremos encontrar con usted una solución justa: podemos ofrecerle un reembolso parcial de {refund}. Díganos, por favor, si está de acuerdo.",
    },
    "proposal-explain": {
      title: "Explicar nuestra propuesta",
      text: "Para que nuestra propuesta en la disputa del pedido {orderId} quede clara: hemos propuesto {refund}. Cuando la acepte en la disputa, AliExpress la tramitará y el reembolso se abonará en su método de pago original. Si tiene cualquier duda o prefiere otra solución, escríbanos; le responderemos enseguida.",
    },
    "platform-statement-delivered": {
      title: "Declaración para AliExpress: pedido entregado",
      text: "Declaración sobre el pedido {orderId}: El pedido se envió el {shippedAt} con {carrier}, número de seguimiento {trackingNumber}, y el seguimiento del transportista lo muestra como entregado en la dirección del pedido. Adjuntamos la prueba de entrega del transportista, una captura del seguimiento y la etiqueta de envío con la dirección, que coincide con la del pedido. Ofrecimos al comprador nuestra ayuda para localizar el paquete. Les rogamos que revisen las pruebas adjuntas.",
    },
  },
};

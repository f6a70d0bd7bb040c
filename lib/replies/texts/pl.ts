import type { LanguagePack } from "../template-ids";

// "Państwo": the polite form Polish shops use when they do not know whether the buyer is Pan or Pani.
export const PL: LanguagePack = {
  greeting: "Dzień dobry, {buyer}!",
  blanks: {
    buyer: "[imię kupującego]",
    orderId: "[numer zamówienia]",
    carrier: "[przewoźnik]",
    trackingNumber: "[numer przesyłki]",
    daysLeft: "[liczba dni]",
    refund: "[kwota zwrotu]",
    product: "[produkt]",
    shippedAt: "[data wysyłki]",
  },
  // Used only after "jeszcze" in a verbless phrase, so no verb has to agree with the number: "jeszcze 1 dzień", "jeszcze 3 dni", "jeszcze 1,5 dnia".
  days: { one: "# dzień", few: "# dni", many: "# dni", other: "# dnia" },
  replies: {
    "tracking-update": {
      title: "Informacja o przesyłce",
      text: "Dziękujemy za wiadomość w sprawie zamówienia {orderId} i przepraszamy za oczekiwanie. Paczka została wysłana {shippedAt} przez {carrier}, numer przesyłki: {trackingNumber}. Według najnowszych informacji ze śledzenia jest w drodze. Uważnie ją obserwujemy i będziemy informować Państwa na bieżąco.",
    },
    "ask-to-wait": {
      title: "Prośba o cierpliwość",
      text: "Przesyłki międzynarodowe czasem idą dłużej, niż zakładano, zwłaszcza na odprawie celnej i w okresach dużego ruchu. Czy mogliby Państwo poczekać jeszcze kilka dni na zamówienie {orderId}? W razie potrzeby możemy przedłużyć okres ochrony kupującego, aby zakup był nadal w pełni chroniony. Jeśli paczka mimo to nie dotrze, wyślemy towar ponownie lub zwrócimy pieniądze – nic Państwo nie stracą.",
    },
    "delivered-check": {
      title: "Śledzenie pokazuje „doręczono”",
      text: "Według śledzenia zamówienia {orderId} ({carrier}, {trackingNumber}) paczka została doręczona. Czy mogliby Państwo zapytać sąsiadów, recepcję lub administratora budynku, sprawdzić skrzynkę pocztową i zapytać w lokalnej placówce pocztowej? Czasem paczki zostawiane są u kogoś w pobliżu. Jeśli nadal nie uda się jej znaleźć, prosimy o informację – od razu zgłosimy sprawę przewoźnikowi.",
    },
    "offer-reship-or-refund": {
      title: "Propozycja ponownej wysyłki lub zwrotu pieniędzy",
      text: "Przykro nam, że zamówienie {orderId} jeszcze nie dotarło. Aby to rozwiązać, możemy bezpłatnie wysłać nową paczkę albo zwrócić {refund}. Prosimy dać nam znać, co Państwo wolą, a od razu się tym zajmiemy.",
    },
    "ask-photos": {
      title: "Prośba o zdjęcia lub film",
      text: "Przykro nam, że produkt otrzymany w zamówieniu {orderId} ({product}) nie spełnia Państwa oczekiwań. Aby zrozumieć problem i szybko go rozwiązać, prosimy o przesłanie wyraźnych zdjęć lub krótkiego filmu pokazującego problem, a także zdjęcia paczki i etykiety wysyłkowej. Gdy je otrzymamy, zaproponujemy rozwiązanie.",
    },
    "offer-partial-refund": {
      title: "Propozycja częściowego zwrotu pieniędzy",
      text: "Chcemy szybko rozwiązać tę sprawę. Możemy zaproponować częściowy zwrot {refund} za zamówienie {orderId}, a produkt zostaje u Państwa. Jeśli się Państwo zgadzają, prześlemy tę propozycję w sporze, aby mogli ją Państwo zaakceptować.",
    },
    "offer-return-refund": {
      title: "Propozycja zwrotu towaru z pełnym zwrotem pieniędzy",
      text: "Przepraszamy za niedogodności. Mogą Państwo odesłać produkt i otrzymać pełny zwrot pieniędzy za zamówienie {orderId}. Po wyrażeniu zgody adres do zwrotu pojawi się na stronie sporu; gdy tylko otrzymamy produkt, potwierdzimy to i zwrot pieniędzy zostanie zrealizowany. Jeśli wolą Państwo wymianę, prosimy po prostu dać znać.",
    },
    "quality-troubleshooting": {
      title: "Pomoc w rozwiązaniu problemu",
      text: "Dziękujemy za informację o problemie z zamówieniem {orderId}. Wiele usterek można usunąć kilkoma prostymi krokami: prosimy sprawdzić, czy produkt jest skonfigurowany zgodnie z instrukcją, a jeśli działa na baterie lub z ładowarką – czy jest w pełni naładowany. Czy mogliby Państwo przesłać krótki film pokazujący, co się dzieje? Przeprowadzimy Państwa krok po kroku, a jeśli produkt jest wadliwy, zaproponujemy wymianę lub zwrot pieniędzy.",
    },
    "send-missing-parts": {
      title: "Wysłanie brakujących części",
      text: "Przykro nam, że w zamówieniu {orderId} czegoś brakuje. Prosimy o zdjęcie wszystkiego, co Państwo otrzymali, wraz z etykietą paczki. Wyślemy brakujące części bezpłatnie lub, jeśli Państwo wolą, zwrócimy za nie {refund}.",
    },
    "authenticity-explain": {
      title: "Wyjaśnienie oryginalności produktu",
      text: "Dziękujemy za wiadomość w sprawie zamówienia {orderId}. Oryginalność produktów traktujemy bardzo poważnie: ten produkt pochodzi od naszego stałego dostawcy i możemy przedstawić dokumenty zakupu. Czy mogliby Państwo napisać, dlaczego uważają, że nie jest oryginalny, i przesłać zdjęcia produktu oraz jego etykiet? Dokładnie to sprawdzimy, a jeśli wystąpi problem, przyjmiemy zwrot z pełnym zwrotem pieniędzy.",
    },
    "change-of-mind-return": {
      title: "Przyjęcie zwrotu",
      text: "Dziękujemy za wiadomość w sprawie zamówienia {orderId}. Rozumiemy, że produkt nie jest tym, czego Państwo potrzebują. Można go odesłać nieużywany, w oryginalnym opakowaniu; adres do zwrotu pojawi się na stronie sporu. Gdy tylko otrzymamy produkt i sprawdzimy jego stan, zwrot pieniędzy zostanie zrealizowany.",
    },
    "ask-details": {
      title: "Prośba o szczegóły",
      text: "Dziękujemy za wiadomość w sprawie zamówienia {orderId} i przepraszamy za kłopot. Czy mogliby Państwo opisać problem nieco dokładniej i w miarę możliwości przesłać zdjęcia lub krótki film? Pomoże nam to jak najszybciej znaleźć dla Państwa najlepsze rozwiązanie.",
    },
    "proposal-follow-up": {
      title: "Przypomnienie o naszej propozycji",
      text: "Wysłaliśmy propozycję w sporze dotyczącym zamówienia {orderId}. Prosimy ją sprawdzić i zaakceptować, jeśli Państwu odpowiada. Jeśli wolą Państwo inne rozwiązanie, prosimy dać znać – chętnie znajdziemy takie, które będzie Państwu odpowiadać.",
    },
    "platform-statement-shipped": {
      title: "Oświadczenie dla AliExpress: wysłano w terminie",
      text: "Oświadczenie w sprawie zamówienia {orderId}: Zamówienie zostało wysłane {shippedAt}, w czasie realizacji, przez {carrier}, numer przesyłki {trackingNumber}. W załączniku przesyłamy informacje ze śledzenia oraz zrzut ekranu ostatniego zdarzenia. Odpowiedzieliśmy kupującemu niezwłocznie, informowaliśmy go o dostawie i zaproponowaliśmy przedłużenie okresu ochrony kupującego. Uprzejmie prosimy o zapoznanie się z załączonymi dowodami.",
    },
    "platform-statement-item": {
      title: "Oświadczenie dla AliExpress: produkt zgodny z opisem",
      text: "Oświadczenie w sprawie zamówienia {orderId}: Produkt był zgodny z opisem oferty, a przed wysyłką został sprawdzony i starannie zapakowany. W załączniku przesyłamy odpowiednie dowody: zdjęcia produktu i opakowania sprzed wysyłki, migawkę produktu oraz naszą rozmowę z kupującym. Odpowiedzieliśmy kupującemu niezwłocznie i zaproponowaliśmy zwrot towaru z pełnym zwrotem pieniędzy lub częściowy zwrot {refund}. Uprzejmie prosimy o zapoznanie się z załączonymi dowodami.",
    },
    "platform-statement-general": {
      title: "Oświadczenie dla AliExpress",
      text: "Oświadczenie w sprawie zamówienia {orderId}: Odpowiedzieliśmy kupującemu w wyznaczonym terminie i zaproponowaliśmy rozwiązania problemu. W załączniku przesyłamy naszą korespondencję z kupującym, informacje logistyczne oraz zrzut ekranu zamówienia. Nadal jesteśmy gotowi porozumieć się z kupującym i uprzejmie prosimy o zapoznanie się z załączonymi dowodami.",
    },
    "still-willing-to-resolve": {
      title: "Nadal otwarci na porozumienie",
      text: "AliExpress rozpatruje teraz spór dotyczący zamówienia {orderId}. Zależy nam na Państwa zadowoleniu, dlatego nasza propozycja jest nadal aktualna: jeśli chcą Państwo uzgodnić rozwiązanie bezpośrednio z nami, prosimy o odpowiedź – szybko wszystko załatwimy.",
    },
    "return-instructions": {
      title: "Instrukcja zwrotu",
      text: "Dziękujemy za zgodę na zwrot zamówienia {orderId}. Prosimy starannie zapakować produkt, najlepiej w oryginalne opakowanie ze wszystkimi akcesoriami, i wysłać go na adres do zwrotu podany na stronie sporu. Po nadaniu prosimy wpisać numer przesyłki zwrotnej w sporze. Czas na wysłanie zwrotu: jeszcze {daysLeft}. Gdy tylko otrzymamy produkt, niezwłocznie to potwierdzimy.",
    },
    "return-ask-tracking": {
      title: "Prośba o numer przesyłki zwrotnej",
      text: "Uprzejmie przypominamy o zwrocie zamówienia {orderId}: w sporze nie widzimy jeszcze numeru przesyłki zwrotnej. Jeśli paczka została już wysłana, prosimy wpisać tam jej numer; jeśli nie, prosimy wysłać ją wkrótce. Czas na zwrot: jeszcze {daysLeft}. Chętnie pomożemy, jeśli będzie potrzebna pomoc.",
    },
    "return-received-inspecting": {
      title: "Zwrot otrzymany",
      text: "Otrzymaliśmy zwrócony produkt z zamówienia {orderId}, dziękujemy. Właśnie go sprawdzamy i po zakończeniu kontroli potwierdzimy odbiór w sporze, aby zwrot pieniędzy mógł zostać zrealizowany.",
    },
    "return-not-arrived": {
      title: "Zwrot jeszcze nie dotarł",
      text: "Dziękujemy za wysłanie zwrotu zamówienia {orderId}. Paczka jeszcze do nas nie dotarła; śledzimy przesyłkę i potwierdzimy odbiór w sporze, gdy tylko dotrze.",
    },
    "refund-processing": {
      title: "Zwrot pieniędzy w toku",
      text: "Zwrot {refund} za zamówienie {orderId} jest w trakcie realizacji. W zależności od metody płatności i banku pieniądze mogą pojawić się na koncie w ciągu kilku dni roboczych. Dziękujemy za cierpliwość.",
    },
    "thank-you-closing": {
      title: "Podziękowanie",
      text: "Dziękujemy za cierpliwość i wyrozumiałość w sprawie zamówienia {orderId}. Cieszymy się, że udało nam się wspólnie wszystko wyjaśnić. Gdyby potrzebowali Państwo czegokolwiek, prosimy po prostu napisać – zawsze chętnie pomożemy.",
    },
    "closed-follow-up": {
      title: "Kontakt po zamknięciu sporu",
      text: "Chcieliśmy tylko upewnić się, że z zamówieniem {orderId} wszystko jest już w porządku. Jeśli możemy jeszcze w czymś pomóc, prosimy napisać do nas bezpośrednio na czacie – szybko odpowiemy i chętnie pomożemy.",
    },
    "delay-partial-refund": {
      title: "Propozycja częściowego zwrotu za opóźnienie",
      text: "Przykro nam, że dostawa zamówienia {orderId} trwa dłużej, niż się spodziewaliśmy. Paczka jest nadal w drodze ({carrier}, numer przesyłki {trackingNumber}). W ramach przeprosin za oczekiwanie możemy zaproponować częściowy zwrot {refund}, a paczka i tak zostanie Państwu doręczona. Jeśli się Państwo zgadzają, prześlemy tę propozycję w sporze, aby mogli ją Państwo zaakceptować.",
    },
    "delivered-proof": {
      title: "Potwierdzenie doręczenia od przewoźnika",
      text: "Sprawdziliśmy doręczenie u przewoźnika {carrier}. Według jego danych paczka z zamówienia {orderId} (numer przesyłki {trackingNumber}) została doręczona na adres podany w zamówieniu; w załączniku przesyłamy potwierdzenie doręczenia od przewoźnika. Czy mogliby Państwo sprawdzić, czy paczki nie odebrał ktoś z domowników, sąsiad lub recepcja w Państwa budynku? Jeśli nadal nie uda się jej znaleźć, prosimy o informację – złożymy reklamację u przewoźnika.",
    },
    "customs-help": {
      title: "Paczka zatrzymana w urzędzie celnym",
      text: "Dziękujemy za cierpliwość w sprawie zamówienia {orderId}. Według informacji ze śledzenia ({carrier}, {trackingNumber}) paczka znajduje się obecnie w urzędzie celnym w Państwa kraju. Urząd celny czasem potrzebuje od odbiorcy dodatkowych informacji lub dokumentów, na przykład dokumentu tożsamości lub numeru identyfikacji podatkowej. Czy mogliby Państwo skontaktować się z urzędem celnym lub z placówką pocztową, podając numer przesyłki? Jeśli potrzebna będzie faktura lub inny dokument od nas, prosimy dać znać – prześlemy go od razu.",
    },
    "returned-confirm-address": {
      title: "Paczka zwrócona – prośba o adres",
      text: "Przykro nam: paczki z zamówienia {orderId} nie udało się doręczyć i wraca do nas ({carrier}, {trackingNumber}). Czy mogliby Państwo sprawdzić adres dostawy i przesłać nam pełny adres z numerem mieszkania, kodem pocztowym i numerem telefonu, pod którym kurier może się z Państwem skontaktować? Gdy tylko go otrzymamy, wyślemy paczkę ponownie lub, jeśli Państwo wolą, zwrócimy pieniądze.",
    },
    "return-inspection-issue": {
      title: "Zwrócony produkt w innym stanie",
      text: "Otrzymaliśmy zwrócony produkt z zamówienia {orderId}, dziękujemy. Podczas sprawdzania zauważyliśmy, że nie jest w takim stanie, w jakim go wysłaliśmy (na przykład jest używany, uszkodzony lub niekompletny). Zdjęcia tego, co otrzymaliśmy, dodaliśmy do sporu. Chcemy znaleźć z Państwem uczciwe rozwiązanie: możemy zaproponować częściowy zwrot {refund}. Prosimy o informację, czy się Państwo zgadzają.",
    },
    "proposal-explain": {
      title: "Wyjaśnienie naszej propozycji",
      text: "Aby nasza propozycja w sporze dotyczącym zamówienia {orderId} była jasna: zaproponowaliśmy {refund}. Gdy tylko zaakceptują ją Państwo w sporze, AliExpress ją zrealizuje, a pieniądze wrócą na pierwotną metodę płatności. Jeśli mają Państwo pytania lub wolą inne rozwiązanie, prosimy o wiadomość – szybko odpowiemy.",
    },
    "platform-statement-delivered": {
      title: "Oświadczenie dla AliExpress: paczka doręczona",
      text: "Oświadczenie w sprawie zamówienia {orderId}: Zamówienie zostało wysłane {shippedAt} przez {carrier}, numer przesyłki {trackingNumber}, a według danych śledzenia przewoźnika zostało doręczone na adres z zamówienia. W załączniku przesyłamy potwierdzenie doręczenia od przewoźnika, zrzut ekranu ze śledzenia oraz etykietę wysyłkową z adresem, który zgadza się z adresem w zamówieniu. Zaproponowaliśmy kupującemu pomoc w odnalezieniu paczki. Uprzejmie prosimy o zapoznanie się z załączonymi dowodami.",
    },
  },
};

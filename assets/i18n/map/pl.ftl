# Słowa, które Wayline drukuje na stronach mapy (układ i eksport), po polsku.
# Klucze muszą być te same co w en.ftl i zh-CN.ftl (sprawdza to test).

## Nagłówek mapy i persona
header-segment = Segment: { $segment }
header-updated = Aktualizacja: { $date }
persona-persona = Persona
persona-about = O personie
persona-goals = Cele
persona-needs = Potrzeby i problemy
persona-behaviours = Zachowania
persona-suggestions = Sugestie
persona-notes = Uwagi

## Rodzaje map
map-kind-current-state = Stan obecny
map-kind-future-state = Stan przyszły
map-kind-day-in-the-life = Dzień z życia
map-kind-service-blueprint = Plan usługi (service blueprint)

## Rodzaje ścieżek
lane-kind-actions = Działania
lane-kind-touchpoints = Punkty styku
lane-kind-thoughts = Myśli
lane-kind-emotions = Emocje
lane-kind-pain-points = Punkty bólu
lane-kind-opportunities = Możliwości
lane-kind-kpis = Wskaźniki (KPI)
lane-kind-insights = Spostrzeżenia
lane-kind-frontstage = Front (widoczne dla klienta)
lane-kind-backstage = Zaplecze
lane-kind-support = Procesy wspierające
lane-kind-text = Tekst
lane-hidden = ukryta
lane-kind-hidden = { $kind } · ukryta

## Wiersze szczegółów kart
presence-online = online
presence-offline = offline
presence-both = online + offline
pain-category-financial = Finanse
pain-category-productivity = Produktywność
pain-category-process = Proces
pain-category-support = Wsparcie
severity-low = niska dotkliwość
severity-medium = średnia dotkliwość
severity-high = wysoka dotkliwość
severity-critical = krytyczna dotkliwość
priority-low = Niski priorytet
priority-medium = Średni priorytet
priority-high = Wysoki priorytet
status-idea = Pomysł
status-planned = Zaplanowane
status-in-progress = W toku
status-done = Zrobione
status-dropped = Porzucone
answers-pain-points = { $count ->
    [one] odpowiada na { $count } punkt bólu
    [few] odpowiada na { $count } punkty bólu
    [many] odpowiada na { $count } punktów bólu
   *[other] odpowiada na { $count } punktu bólu
}
no-owner = brak właściciela
fact = { $label }: { $value }
task-owner = Właściciel: { $owner }
metric-target = cel { $target }
kpi-value-target = { $name }: { $value } ({ $target })
kpi-value = { $name }: { $value }
kpi-target = { $name } ({ $target })

## Krzywa emocji i momenty prawdy
moment-of-truth = Moment prawdy: { $moment }
moment-discovery = odkrycie
moment-purchase = zakup
moment-experience = doświadczenie
moment-loyalty = lojalność

## Wiersze etapów
funnel-goal-completion = { $percent } realizacji celu
funnel-drop-off = { $percent } rezygnacji
row-stage-kpis = Wskaźniki etapu (KPI)
row-insights = Spostrzeżenia
notes-lane = Notatki
notes-lane-subtitle = Miejsce na zapiski

## Plan usługi
blueprint-line-of-interaction = Linia interakcji
blueprint-line-of-visibility = Linia widoczności
blueprint-line-of-internal-interaction = Linia interakcji wewnętrznej

## Legenda
legend = Legenda
legend-pain = Punkt bólu: { $category }
legend-opportunity = Możliwość
legend-negative = Emocje negatywne (−3)
legend-neutral = Neutralnie (0)
legend-positive = Emocje pozytywne (+3)
legend-moment-of-truth = Moment prawdy (odkrycie, zakup, doświadczenie, lojalność)
legend-persona = Persona: { $name }
legend-segment = Segment: { $segment }
legend-kind-updated = { $kind } · aktualizacja { $date }

## Strona punktów bólu
pain-page-title = Punkty bólu → możliwości: { $title }
pain-page-summary = { $count ->
    [one] { $count } punkt bólu
    [few] { $count } punkty bólu
    [many] { $count } punktów bólu
   *[other] { $count } punktu bólu
}, z odpowiedzią: { $answered }, bez odpowiedzi: { $unanswered }
pain-page-stage = Etap
pain-page-pain-point = Punkt bólu
pain-page-answered-by = Odpowiedź
pain-page-unanswered = Bez odpowiedzi: żadna możliwość jeszcze tego nie rozwiązuje
pain-page-none = Ta mapa nie ma jeszcze punktów bólu.

## Strony, arkusze i slajdy
page-title = { $title } — s. { $number }/{ $total }
page-of = strona { $number } z { $total }
sheet-label = { $sheet } — wiersz { $row }, kolumna { $column }   ·   { $title }   ·   strona { $number } z { $total }
sheet-cutting-hint = Przytnij wzdłuż znaczników cięcia; sąsiednie arkusze zachodzą na siebie o { $overlap } mm. { $count ->
    [one] { $count } arkusz
    [few] { $count } arkusze
    [many] { $count } arkuszy
   *[other] { $count } arkusza
}: wiersze: { $rows }, kolumny: { $columns }.
slide-number = { $number } / { $total }
outline-slide = Slajd { $number } / { $total }: { $name }
outline-part = { $title } · strona { $number } z { $total }
outline-page = Strona { $size }

## PDF „Co się zmieniło” i oznaczenia zmian
changes-title = Co się zmieniło: { $old } → { $new }
changes-key = { $count } · zielony: dodane · bursztynowy: zmienione · niebieska strzałka: przeniesione · czerwona przerywana: usunięte oraz dawna krzywa emocji
changes-count = { $count ->
    [0] Brak zmian
    [one] { $count } zmiana
    [few] { $count } zmiany
    [many] { $count } zmian
   *[other] { $count } zmiany
}
changes-continued = { $heading } (ciąg dalszy)
changes-none = Obie mapy są takie same.
changes-group-map = Mapa i persona
changes-group-stages = Etapy
changes-group-lanes = Ścieżki
changes-group-cards = Karty
changes-group-emotion = Emocje
changes-group-pains = Punkty bólu i możliwości
changes-group-kpis = Wskaźniki (KPI)
change-added = Dodano
change-moved-from = Przeniesiono z: { $cell }
change-moved = Przeniesiono
change-moved-within = Przeniesiono w obrębie komórki
change-was = Było: { $old }
change-removed = Usunięto: { $text }
change-removed-from = Usunięto z: { $cell }:

## PDF bookmarks
bookmark-page = Strona { $number } z { $total }
bookmark-page-stage = Strona { $number } z { $total }: { $stage }
bookmark-page-stages = Strona { $number } z { $total }: { $first } – { $last }
bookmark-pain-page = Punkty bólu i możliwości
bookmark-stage = Etap { $number }

## Change lines of the "what changed" list
change-subject-map = Mapa
change-subject-persona = Persona
change-subject-stage = Etap { $name }
change-subject-lane = Ścieżka { $name }
change-line-added = Dodano: { $subject }
change-line-removed = Usunięto: { $subject }
change-line-renamed = { $subject }: nowa nazwa { $new }
change-line-moved = { $subject }: przeniesiono z { $from } do { $to }
change-line-reordered = { $subject }: przeniesiono w obrębie komórki
change-line-answered = { $subject }: ma teraz odpowiedź (możliwość)
change-line-unanswered = { $subject }: żadna możliwość już na to nie odpowiada
change-line-edited = { $subject }: { $field } { $old } → { $new }
change-line-edited-value = { $subject }: { $old } → { $new }
change-line-kpi-added = { $subject }: dodano wskaźnik: { $new }
change-line-kpi-removed = { $subject }: usunięto wskaźnik: { $old }
change-line-kpi-edited = { $subject }: wskaźnik { $old } → { $new }
value-yes = tak
value-no = nie
field-text = tekst
field-name = nazwa
field-title = tytuł
field-segment = segment
field-description = opis
field-kind = rodzaj
field-language = język
field-created = utworzono
field-updated = aktualizacja
field-role = rola
field-quote = cytat
field-bio = opis persony
field-photo = zdjęcie
field-demographics = dane demograficzne
field-goals = cele
field-needs = potrzeby
field-behaviours = zachowania
field-suggestions = sugestie
field-notes = uwagi
field-steps = kroki
field-insights = spostrzeżenia
field-drop-off = rezygnacje
field-goal-completion = realizacja celu
field-hidden = ukryta
field-cell = komórka
field-details = szczegóły
field-channel = kanał
field-presence = online czy offline
field-satisfaction = zadowolenie
field-category = kategoria
field-severity = dotkliwość
field-owner = właściciel
field-priority = priorytet
field-status = status
field-answers = odpowiada na
field-score = ocena emocji
field-moment = moment prawdy
field-value = wartość
field-target = cel
field-unit = jednostka
field-color = kolor
field-icon = ikona
field-position = pozycja
field-conflicts = nierozwiązane konflikty scalania
field-answered-by = odpowiedź

# Wszystkie słowa interfejsu edytora Wayline (polski). Klucze takie same jak
# w en.ftl i zh-CN.ftl. Słownictwo z materiałów źródłowych: mapa podróży
# klienta, etap, punkt styku, punkt bólu, moment prawdy. Ścieżka (lane), jak w
# katalogu etykiet map (../map/pl.ftl).

## Actions

action-new = Nowa…
action-open = Otwórz…
action-save = Zapisz
action-save-as = Zapisz jako…
action-export = Eksportuj…
action-import = Importuj…
action-export-csv = Eksportuj karty do CSV…
action-undo = Cofnij
action-redo = Ponów
action-copy = Kopiuj
action-paste = Wklej
action-duplicate = Powiel
action-delete = Usuń
action-select-all = Zaznacz wszystko
action-zoom-in = Powiększ
action-zoom-out = Pomniejsz
action-zoom-fit = Dopasuj do okna
action-zoom-actual = Rozmiar rzeczywisty
action-scale-up = Większy interfejs
action-scale-down = Mniejszy interfejs
view-interface-size = Rozmiar interfejsu: { $percent }%
view-interface-normal = Zwykły rozmiar interfejsu
action-add-stage = Dodaj etap
action-add-lane = Dodaj ścieżkę
action-present = Prezentuj
action-print-preview = Podgląd wydruku (podział stron)
action-compare = Porównaj z…

## Menu bar

menu-structure = Etapy i ścieżki
menu-structure-tip = Pokaż lub ukryj panel struktury
menu-file = Plik
menu-open-recent = Ostatnio otwierane
menu-no-recent = Brak ostatnich plików
menu-quit = Zakończ
menu-edit = Edycja
menu-view = Widok
menu-show-hidden-lanes = Pokaż ukryte ścieżki
menu-print-preview-tip = Podział stron według bieżących opcji okna eksportu
menu-pains-window = Punkty bólu → możliwości
menu-language = Język
menu-insert = Wstaw
menu-lane = Ścieżka
menu-inspector = Inspektor
menu-inspector-tip = Pokaż lub ukryj panel inspektora
menu-undo = ↶ Cofnij
menu-redo = ↷ Ponów
menu-pains = Punkty bólu
menu-pains-unanswered = Punkty bólu (bez odpowiedzi: { $count })
pains-opportunity = { $owner } · priorytet: { $priority } · { $status }
pains-no-owner = bez odpowiedzialnego
menu-pains-tip = Punkty bólu i możliwości, które na nie odpowiadają
menu-fit = Dopasuj
menu-fit-tip = Dopasuj do okna (Ctrl+0)
key-plus = Plus
key-minus = Minus
status-opening = Otwieranie { $file }…
status-importing = Importowanie { $file }…
status-saving = Zapisywanie { $file }…
status-exporting = Eksportowanie { $file }…
status-exported = { $pages ->
    [one] Wyeksportowano { $file }
    [few] Wyeksportowano { $file } ({ $pages } strony)
   *[many] Wyeksportowano { $file } ({ $pages } stron)
}

## Common buttons

button-ok = OK
button-cancel = Anuluj
button-save = Zapisz
button-dont-save = Nie zapisuj
button-overwrite = Zastąp

## File dialogs

dialog-open = Otwórz mapę podróży klienta
dialog-save = Zapisz mapę podróży klienta
dialog-import = Importuj diagram podróży Mermaid lub tabelę kart CSV
dialog-export = Eksportuj mapę podróży klienta
dialog-export-csv = Eksportuj karty do CSV
dialog-export-changes = Eksportuj zmiany do PDF lub SVG
dialog-compare-with = Porównaj z
dialog-persona-photo = Zdjęcie persony
filter-journey-map = Mapa podróży klienta
filter-all-files = Wszystkie pliki
filter-mermaid-or-csv = Mermaid lub CSV
filter-mermaid = Diagram podróży Mermaid
filter-csv = Tabela kart CSV
filter-pdf = PDF
filter-png = Obraz PNG
filter-svg = Rysunek SVG (Figma, Illustrator, Inkscape)
filter-svg-pages = Rysunek SVG (plik na stronę)
filter-image = Obraz
choose-no-native = Systemowe okno wyboru plików jest tu niedostępne (wymaga portalu XDG lub programu zenity), więc Wayline pokazuje własne.
choose-native-failed = Systemowe okno wyboru plików się nie otworzyło (nie odpowiedział ani portal XDG, ani zenity), więc Wayline pokazuje własne.
builtin-folder = Folder
builtin-go = Przejdź
builtin-up = W górę
builtin-show-all = Pokaż wszystkie pliki, nie tylko: { $filter }
builtin-file-name = Nazwa pliku
builtin-will-replace = W folderze jest plik o tej nazwie: zostanie zastąpiony.
builtin-save-here = Zapisz tutaj
builtin-choose = Wybierz
builtin-type-name = Wpisz nazwę pliku lub wybierz plik.
builtin-no-such-file = W tym folderze nie ma pliku „{ $name }”.
builtin-listing-stopped = Odczyt zawartości folderu nieoczekiwanie przerwany

## Window dialogs

error-title = Coś poszło nie tak
error-map-unchanged = Otwarta mapa pozostała bez zmian.
error-open-failed = Nie udało się otworzyć mapy:
error-import-failed = Nie udało się zaimportować pliku:
error-save-failed = Nie udało się zapisać mapy:
error-export-failed = Eksport się nie powiódł:
error-edit-failed = Nie udało się wprowadzić tej zmiany:
error-compare-failed = Nie udało się odczytać wersji do porównania:
error-template-failed = Nie udało się wczytać szablonu:
error-opening-stopped = { $file }: otwieranie nieoczekiwanie przerwane
error-importing-stopped = { $file }: importowanie nieoczekiwanie przerwane
error-saving-stopped = { $file }: zapisywanie nieoczekiwanie przerwane
error-export-stopped = { $file }: eksport nieoczekiwanie przerwany
error-loading-stopped = { $file }: wczytywanie nieoczekiwanie przerwane
error-no-template = Nie ma szablonu o nazwie „{ $name }”.
error-step-has-cards = W tym kroku są jeszcze karty; najpierw przenieś je do innego kroku.
error-lane-kind-emotions = Ścieżka z kartami nie może stać się ścieżką emocji ani przestać nią być: punkty emocji i karty to różne rzeczy.
changed-on-disk-title = Plik { $file } zmienił się na dysku
changed-on-disk-body = Inny program (lub git checkout) zmienił ten plik, odkąd go otwarto. Zapisanie teraz zastąpi tamte zmiany Twoimi.
unsaved-title = Zapisać zmiany w { $file }?
unsaved-body = Jeśli ich nie zapiszesz, Twoje zmiany przepadną.
new-title = Nowa mapa podróży klienta
new-from-template = Zacznij od szablonu:
new-template-tip = Z przykładową treścią
new-empty = pusta
new-empty-tip = Te same etapy i ścieżki, bez treści
new-gallery-intro = Zacznij od szablonu albo od pustej mapy.
new-drawing-previews = Rysowanie podglądów…
new-previews-failed = Rysowanie podglądów szablonów nieoczekiwanie się przerwało.
new-empty-map = Pusta mapa
new-empty-map-description = Pięć etapów i standardowe ścieżki, bez kart: zacznij od zera.
new-template-facts = { $kind } · { $stages ->
        [one] 1 etap
        [few] { $stages } etapy
       *[many] { $stages } etapów
    } · { $lanes ->
        [one] 1 ścieżka
        [few] { $lanes } ścieżki
       *[many] { $lanes } ścieżek
    } · { $language }
new-preview = { $title }: podgląd
new-use = Użyj szablonu
new-use-named = Użyj szablonu: { $title }
new-blank = Pusta mapa
new-structure-only = Tylko struktura
new-structure-only-named = Tylko struktura: { $title }
template-saas-onboarding = Wdrożenie w SaaS: od wersji próbnej do płatnej, ze wskaźnikami, wnioskami i właścicielami (angielski)
template-broadband-blueprint = Plan usługi: instalacja internetu światłowodowego, z właścicielami i wskaźnikami (angielski)
template-ecommerce = Pięcioetapowa podróż zakupowa w e-commerce z KPI i spostrzeżeniami (po chińsku)
template-service-blueprint = Plan usługi B2B: front, zaplecze, procesy wsparcia, odpowiedzialni (po chińsku)
template-awareness-to-advocacy = Siedem etapów od świadomości do rekomendacji z momentami prawdy (po chińsku)
template-persona-first = Pełny profil persony i punkty bólu w czterech kategoriach (po chińsku)
template-current-state = Mapa obecnego stanu zakupu online (po polsku)
template-future-state = Mapa stanu przyszłego, odpowiednik mapy obecnego stanu (po polsku)
template-day-in-the-life = Dzień z życia klienta, godzina po godzinie (po polsku)
template-empty = Pięć pustych etapów i standardowe ścieżki (po angielsku)
document-untitled = Bez nazwy
new-map-title = Podróż bez nazwy

## Recovery

recovery-title = Przywrócić niezapisaną pracę?
recovery-body = Wayline nie zamknął się poprawnie. Zachował niezapisane zmiany w { $name } („{ $title }”) z { $time }.
recovery-unsaved-map = niezapisanej mapie
recovery-restore = Przywróć
recovery-discard = Odrzuć
recovery-dismiss = Zamknij
recovery-open-elsewhere = { $name } jest już otwarta w innym oknie Wayline. Zmiany z obu okien nadpisują się nawzajem; to okno odkłada swoją niezapisaną pracę do własnego pliku odzyskiwania.
recovery-this-map = Ta mapa
recovery-cannot-set-up = nie można utworzyć pliku odzyskiwania w { $dir }: { $error }; niezapisana praca nie jest odkładana
recovery-cannot-write = nie można zapisać pliku odzyskiwania w { $dir }: { $error }
recovery-looking-stopped = szukanie niezapisanej pracy nieoczekiwanie przerwane
recovery-setting-up-stopped = tworzenie pliku odzyskiwania nieoczekiwanie przerwane
recovery-writing-stopped = zapisywanie pliku odzyskiwania nieoczekiwanie przerwane

## Structure panel

structure-stages = Etapy
structure-lanes = Ścieżki
structure-unnamed = (bez nazwy)
structure-move-left = Przesuń w lewo
structure-move-right = Przesuń w prawo
structure-move-up = Przesuń w górę
structure-move-down = Przesuń w dół
structure-hide-lane = Ukryj ścieżkę
structure-show-lane = Pokaż ścieżkę
structure-help = Kliknij dwukrotnie komórkę, aby dodać kartę, a kartę, aby ją edytować. Przeciągaj karty między komórkami, nagłówki etapów i ścieżek, aby zmienić kolejność, a punkty emocji w górę i w dół. Spacja+przeciąganie lub przewijanie przesuwa widok, Ctrl+przewijanie powiększa.
new-stage-name = Etap { $number }

## Canvas

canvas-label = Płótno mapy
canvas-edit-text = Edytuj tekst
canvas-add-stage-after = Dodaj etap za tym
canvas-delete-stage = Usuń etap
canvas-add-lane-below = Dodaj ścieżkę poniżej
canvas-delete-lane = Usuń ścieżkę
canvas-add-card-here = Dodaj tu kartę
canvas-card-text = Tekst karty
canvas-editing-hint = Enter zatwierdza · Shift+Enter nowa linia · Esc anuluje
canvas-no-photo = brak zdjęcia
access-stage = Etap: { $name }
access-lane = Ścieżka: { $name }
access-cell = Komórka: { $stage }{ $step } × { $lane }
access-card = Karta: { $text } — { $cell }
access-emotion = Punkt emocji: { $text } ({ $score }) — { $stage }
access-empty = (pusta)
preview-invalid = Podgląd wydruku: opcje eksportu są nieprawidłowe (zob. Plik → Eksportuj…)

## Inspector

inspector-selected = { $count ->
    [one] 1 karta zaznaczona
    [few] { $count } karty zaznaczone
   *[many] { $count } kart zaznaczonych
}
inspector-delete-them = Usuń je
inspector-card = Karta
inspector-text = Tekst
inspector-label = Etykieta
inspector-step = Krok
inspector-whole-stage = Cały etap
inspector-colour = Kolor
inspector-icon = Ikona
inspector-default = Domyślna
inspector-delete-card = Usuń kartę
inspector-channel = Kanał
inspector-satisfaction = Zadowolenie
inspector-of-five = na 5
inspector-category = Kategoria
inspector-severity = Dotkliwość
inspector-owner = Odpowiedzialny
inspector-priority = Priorytet
inspector-status = Status
inspector-answers = Odpowiada na te punkty bólu:
inspector-score = Ocena
inspector-moment = Moment prawdy
inspector-none = Brak
inspector-value = Wartość
inspector-target = Cel
inspector-unit = Jednostka
inspector-stage = Etap
inspector-name = Nazwa
inspector-description = Opis
inspector-steps = Kroki
inspector-step-name = Nazwa kroku
inspector-remove-step = Usuń krok
inspector-add-step = Dodaj krok
new-step-name = Krok { $number }
inspector-kpis = Wskaźniki KPI
inspector-kpi-name = Nazwa wskaźnika
inspector-remove-kpi = Usuń wskaźnik
inspector-add-kpi = Dodaj wskaźnik
new-kpi-name = Nowy wskaźnik
inspector-insights = Spostrzeżenia (jedno w wierszu)
inspector-drop-off = Odsetek rezygnacji %
inspector-goal-completion = Realizacja celu %
inspector-delete-stage = Usuń etap i jego karty
inspector-lane = Ścieżka
inspector-kind = Rodzaj
inspector-hidden = Ukryta
inspector-delete-lane = Usuń ścieżkę i jej karty
inspector-map = Mapa
inspector-title = Tytuł
inspector-segment = Segment
inspector-dates = Utworzono { $created } · zmieniono { $updated }
inspector-map-language = Język etykiet
inspector-map-language-guessed = Według treści ({ $language })
inspector-map-language-tip = Język słów drukowanych na mapie: nagłówków, legendy, wierszy szczegółów, etykiet arkuszy
inspector-persona = Persona
inspector-role = Rola
inspector-photo = Zdjęcie: { $file }
inspector-photo-none = brak
inspector-choose = Wybierz…
inspector-clear = Wyczyść
inspector-quote = Cytat
inspector-about = O personie
inspector-demographics = Dane demograficzne
inspector-fact-label = Cecha
inspector-fact-value = Wartość
inspector-remove-fact = Usuń cechę
inspector-add-fact = Dodaj cechę
new-fact-label = Wiek
inspector-goals = Cele (jeden w wierszu)
inspector-needs = Potrzeby i problemy
inspector-behaviours = Zachowania
inspector-suggestions = Sugestie
inspector-notes = Uwagi

## Kinds

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
map-kind-current-state = Stan obecny
map-kind-future-state = Stan przyszły
map-kind-day-in-the-life = Dzień z życia
map-kind-service-blueprint = Plan usługi (service blueprint)
presence-online = Online
presence-offline = Offline
presence-both = Online i offline
pain-category-financial = Finanse
pain-category-productivity = Produktywność
pain-category-process = Proces
pain-category-support = Wsparcie
severity-low = Niska
severity-medium = Średnia
severity-high = Wysoka
severity-critical = Krytyczna
priority-low = Niski
priority-medium = Średni
priority-high = Wysoki
status-idea = Pomysł
status-planned = Zaplanowane
status-in-progress = W toku
status-done = Zrobione
status-dropped = Porzucone
moment-discovery = Odkrycie
moment-purchase = Zakup
moment-experience = Doświadczenie
moment-loyalty = Lojalność
icon-alert = Ostrzeżenie
icon-idea = Pomysł
icon-star = Gwiazdka
icon-heart = Serce
icon-flag = Flaga
icon-check = Ptaszek
icon-question = Pytajnik
icon-money = Pieniądze
icon-clock = Zegar
icon-person = Osoba

## Export dialog

export-title = Eksport
export-page = Rozmiar strony
export-page-fit = Dopasowana do mapy
export-page-letter = Letter
export-page-tabloid = Tabloid
export-orientation = Orientacja
export-orientation-auto = Automatyczna
export-orientation-portrait = Pionowa
export-orientation-landscape = Pozioma
export-margin = Margines (mm)
export-colours = Kolory
export-colours-screen = Ekranowe
export-colours-print = Do druku (mniej tuszu)
export-png = PNG
export-transparent = Przezroczyste tło
export-split = Podziel na strony zamiast zmniejszać
export-slides = Slajdy: 16:9, przegląd, a potem jeden slajd na etap
export-workshop = Warsztat: miejsce na karteczki w każdej komórce i pustą ścieżkę na notatki
export-persona = Panel persony
export-hidden-lanes = Ukryte ścieżki
export-pain-page = Strona punktów bólu → możliwości
export-svg-outlines = SVG: tekst jako krzywe (wygląda tak samo bez naszych czcionek)
export-show-breaks = Pokaż podział stron na płótnie
export-tile = Podziel stronę na plakat z arkuszy
export-tile-tip = Rozmiar strony powyżej to plakat (Dopasowana: mapa w pełnym rozmiarze); każdy arkusz dostaje znaczniki cięcia i etykietę
unit-dpi = DPI
unit-mm = mm
export-overlap = zakładka
export-planning-stopped = planowanie stron nieoczekiwanie przerwane
export-small-text = Mały tekst: { $detail }
export-sticky-notes = Karteczki: { $detail }
export-missing-characters = Brakujące znaki: { $detail }
export-small-text-detail = najmniejszy tekst drukuje się w rozmiarze { $size } pt, poniżej czytelnych { $min } pt; { $advice }
export-small-text-on-page = najmniejszy tekst drukuje się w rozmiarze { $size } pt (strona { $page }), poniżej czytelnych { $min } pt; { $advice }
export-advice-shorten-slides = slajdy nie pomieszczą tyle treści: skróć karty tego etapu albo wydrukuj mapę
export-advice-bigger-poster = wybierz większą stronę ({ $page }) na plakat
export-advice-tile-full-size = zamiast tego podziel mapę w pełnym rozmiarze: strona { $fit }
export-advice-bigger-page = wybierz większą stronę
export-advice-larger-scale = eksportuj w większej skali
export-advice-bigger-paper = wybierz papier { $page } albo zaznacz „{ $tile } { $sheet }” ze stroną { $page }
export-advice-tile-fit = zaznacz „{ $tile } { $sheet }” ze stroną „{ $fit }” (mapa w pełnym rozmiarze)
export-sticky-notes-detail = miejsca na karteczki drukują się o szerokości { $printed } mm, mniejszej niż karteczka { $note } mm; drukuj w większym formacie (większa strona lub plakat; w skali 1 i większej karteczki się mieszczą)
export-missing-detail = { $others ->
        [0] { $place }
        [one] { $place } (i 1 inne miejsce)
        [few] { $place } (i { $others } inne miejsca)
       *[many] { $place } (i { $others } innych miejsc)
    }: żadna dołączona czcionka nie ma znaku { $char } ({ $code }); wydrukuje się jako prostokąt
export-place-title = tytuł
export-place-persona = persona, pole „{ $field }”
export-place-persona-name = Imię
export-place-persona-goals = Cele
export-place-card = karta „{ $text }” ({ $cell })
export-place-stage = etap „{ $name }”
export-place-lane = ścieżka „{ $name }”
export-place-description = opis
export-place-segment = segment
export-place-map = mapa

## Compare mode

compare-title = Porównanie
compare-reading = Wczytywanie { $label }…
compare-count = { $count ->
    [0] Brak zmian względem { $label }
    [one] 1 zmiana względem { $label }
    [few] { $count } zmiany względem { $label }
   *[many] { $count } zmian względem { $label }
}
compare-legend = zielony dodane · bursztynowy zmienione · niebieski przeniesione · czerwony przerywany usunięte
compare-stop = Zakończ porównanie
compare-export = Eksportuj zmiany (PDF lub SVG)…
compare-writing = Zapisywanie PDF…
compare-wrote = Zapisano { $file }
compare-cannot-write = { $file }: nie można zapisać pliku PDF: { $error }
compare-export-stopped = eksport nieoczekiwanie przerwany
compare-change-tip =
    { $description }
    Przedtem: { $old }
    Teraz: { $new }
compare-conflict-tip = Konflikt scalania: { $detail }
compare-not-saved = Mapa nie jest jeszcze zapisana, więc nie ma wcześniejszych wersji; porównaj ją z innym plikiem
compare-history-stopped = odczyt historii git nieoczekiwanie przerwany
compare-with-intro = Pokaż, co zmieniło się w otwartej mapie od innej wersji.
compare-with-file = Inny plik mapy…
compare-git = Wcześniejsze wersje w git
compare-git-count = { $count ->
    [one] Wcześniejsze wersje w git (1 commit)
    [few] Wcześniejsze wersje w git ({ $count } commity)
   *[many] Wcześniejsze wersje w git ({ $count } commitów)
}
compare-reading-history = Wczytywanie historii…
compare-commit-tip = Porównaj otwartą mapę z tą wersją
compare-removed-title = Usunięte
compare-removed-intro = Jest w { $label }, a nie ma tego w otwartej mapie.
compare-removed-was-in = Było w { $cell }
change-added = dodano
change-removed = usunięto
change-renamed = zmieniono nazwę
change-moved = przeniesiono
change-reordered = zmieniono kolejność
change-edited = zmieniono
change-answered = z odpowiedzią
change-unanswered = bez odpowiedzi
group-map = Mapa i persona
group-stages = Etapy
group-lanes = Ścieżki
group-cards = Karty
group-emotion = Emocje
group-pains = Punkty bólu i możliwości
group-kpis = Wskaźniki KPI
git-not-installed = git nie jest zainstalowany (lub nie ma go w PATH), więc nie da się odczytać wcześniejszych wersji
git-cannot-run = nie można uruchomić git w { $dir }: { $error }
git-not-a-repository = { $file } nie jest w repozytorium git, więc nie ma wcześniejszych wersji do porównania; porównaj z innym plikiem
git-not-a-file-name = { $file }: to nie jest nazwa pliku
git-no-versions = { $file } nie ma jeszcze żadnej zatwierdzonej wersji w git

## Merge conflicts

conflicts-count = { $count ->
    [one] 1 konflikt
    [few] { $count } konflikty
   *[many] { $count } konfliktów
}
conflicts-tip = Nierozwiązane konflikty scalania: wybierz naszą lub ich wersję dla każdego
conflicts-title = Konflikty scalania
conflicts-intro = { $count ->
    [one] Obie gałęzie zmieniły to samo miejsce. Do czasu wyboru mapa pokazuje naszą wartość.
   *[other] Obie gałęzie zmieniły te same miejsca. Do czasu wyboru mapa pokazuje nasze wartości.
}
conflicts-keep-all-ours = Zachowaj wszystkie nasze
conflicts-take-all-theirs = Weź wszystkie ich
conflicts-ours = Nasza (widoczna teraz)
conflicts-keep-ours = Zachowaj naszą
conflicts-theirs = Ich
conflicts-take-theirs = Weź ich
conflicts-deleted = (usunięte)
conflicts-deleted-tip = Ta strona to usunęła

## Pain points window

pains-title = Punkty bólu → możliwości
pains-all = Wszystkie
pains-any = Dowolny
pains-unanswered-only = Tylko bez odpowiedzi
pains-shown = { $count ->
    [one] Pokazano 1 punkt bólu, bez odpowiedzi: { $unanswered }
    [few] Pokazano { $count } punkty bólu, bez odpowiedzi: { $unanswered }
   *[many] Pokazano { $count } punktów bólu, bez odpowiedzi: { $unanswered }
}
pains-stage = Etap
pains-pain-point = Punkt bólu
pains-answered-by = Odpowiedzi
pains-detail = { $category } · dotkliwość: { $severity }
pains-unanswered = Bez odpowiedzi
pains-answer-with = Odpowiedz możliwością…
pains-new-opportunity = Nowa możliwość
pains-no-opportunity-lane = Mapa nie ma ścieżki Możliwości

## Presentation

present-label = Prezentacja
present-keys = → Spacja dalej · ← wstecz · 1–9 etap · P punkty bólu · T jasny/ciemny · Esc wyjście
slide-overview = Przegląd — { $title }
slide-stage = Etap { $number } z { $total } — { $name }
slide-pain = Punkt bólu { $number } z { $total } — { $stage }
slide-opportunity = Możliwość { $number } z { $total } — { $stage }
slide-answers = { $more ->
    [0] odpowiada na „{ $pain }”
    [one] odpowiada na „{ $pain }” i jeszcze 1 inny
    [few] odpowiada na „{ $pain }” i { $more } inne
   *[many] odpowiada na „{ $pain }” i { $more } innych
}

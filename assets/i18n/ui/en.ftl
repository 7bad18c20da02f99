# Wayline's editor: every word the window shows (menus, dialogs, panels,
# inspector, tooltips, status and error messages, the presenter).
# Keys are the same in en.ftl, zh-CN.ftl and pl.ftl (a test checks it).
# Words printed on a map's pages are in ../map/, not here.

## Actions (menus, shortcuts, the canvas's right-click menu)

action-new = New…
action-open = Open…
action-save = Save
action-save-as = Save As…
action-export = Export…
action-import = Import…
action-export-csv = Export cards as CSV…
action-undo = Undo
action-redo = Redo
action-copy = Copy
action-paste = Paste
action-duplicate = Duplicate
action-delete = Delete
action-select-all = Select all
action-zoom-in = Zoom in
action-zoom-out = Zoom out
action-zoom-fit = Zoom to fit
action-zoom-actual = Actual size
action-scale-up = Larger interface
action-scale-down = Smaller interface
view-interface-size = Interface size: { $percent }%
view-interface-normal = Normal interface size
action-add-stage = Add stage
action-add-lane = Add lane
action-present = Present
action-print-preview = Print preview (page breaks)
action-compare = Compare with…

## Menu bar

menu-structure = Stages & lanes
menu-structure-tip = Show or hide the structure panel
menu-file = File
menu-open-recent = Open recent
menu-no-recent = No recent files
menu-quit = Quit
menu-edit = Edit
menu-view = View
menu-show-hidden-lanes = Show hidden lanes
menu-print-preview-tip = Page breaks of the Export dialog's current options
menu-pains-window = Pain points → opportunities
menu-language = Language
menu-insert = Insert
menu-lane = Lane
menu-inspector = Inspector
menu-inspector-tip = Show or hide the inspector panel
menu-undo = ↶ Undo
menu-redo = ↷ Redo
menu-pains = Pain points
menu-pains-unanswered = Pain points ({ $count } unanswered)
pains-opportunity = { $owner } · { $priority } priority · { $status }
pains-no-owner = no owner
menu-pains-tip = Pain points and the opportunities that answer them
menu-fit = Fit
menu-fit-tip = Zoom to fit (Ctrl+0)
key-plus = Plus
key-minus = Minus
status-opening = Opening { $file }…
status-importing = Importing { $file }…
status-saving = Saving { $file }…
status-exporting = Exporting { $file }…
status-exported = { $pages ->
    [one] Exported { $file }
   *[other] Exported { $file } ({ $pages } pages)
}

## Common buttons

button-ok = OK
button-cancel = Cancel
button-save = Save
button-dont-save = Don't save
button-overwrite = Overwrite

## File dialogs: titles and filters

dialog-open = Open journey map
dialog-save = Save journey map
dialog-import = Import a Mermaid journey diagram or a CSV table of cards
dialog-export = Export journey map
dialog-export-csv = Export cards as CSV
dialog-export-changes = Export changes as PDF or SVG
dialog-compare-with = Compare with
dialog-persona-photo = Persona photo
filter-journey-map = Journey map
filter-all-files = All files
filter-mermaid-or-csv = Mermaid or CSV
filter-mermaid = Mermaid journey diagram
filter-csv = CSV table of cards
filter-pdf = PDF
filter-png = PNG image
filter-svg = SVG drawing (Figma, Illustrator, Inkscape)
filter-svg-pages = SVG drawing (one file per page)
filter-image = Image
choose-no-native = No system file dialog is available here (it needs the XDG desktop portal or zenity), so Wayline shows its own.
choose-native-failed = The system file dialog did not open (no XDG desktop portal or zenity answered), so Wayline shows its own.
builtin-folder = Folder
builtin-go = Go
builtin-up = Up
builtin-show-all = Show all files, not only { $filter }
builtin-file-name = File name
builtin-will-replace = A file of this name is in the folder: it will be replaced.
builtin-save-here = Save here
builtin-choose = Choose
builtin-type-name = Type a file name or pick a file.
builtin-no-such-file = There is no file “{ $name }” in this folder.
builtin-listing-stopped = Listing the folder stopped unexpectedly

## Window dialogs: errors, unsaved changes, new map

error-title = Something went wrong
error-map-unchanged = Your open map is unchanged.
error-open-failed = The map could not be opened:
error-import-failed = The file could not be imported:
error-save-failed = The map could not be saved:
error-export-failed = The export did not finish:
error-edit-failed = That change could not be made:
error-compare-failed = The version to compare with could not be read:
error-template-failed = The template could not be loaded:
error-opening-stopped = { $file }: opening stopped unexpectedly
error-importing-stopped = { $file }: importing stopped unexpectedly
error-saving-stopped = { $file }: saving stopped unexpectedly
error-export-stopped = { $file }: the export stopped unexpectedly
error-loading-stopped = { $file }: loading stopped unexpectedly
error-no-template = There is no template named “{ $name }”.
error-step-has-cards = This step still has cards; move them to another step first.
error-lane-kind-emotions = A lane with cards cannot switch to or from an emotion lane: emotion points and cards are different things.
changed-on-disk-title = { $file } changed on disk
changed-on-disk-body = Another program (or a git checkout) changed the file since you opened it. Saving now replaces those changes with yours.
unsaved-title = Save changes to { $file }?
unsaved-body = Your changes will be lost if you don't save them.
new-title = New journey map
new-from-template = Start from a template:
new-template-tip = With its example content
new-empty = empty
new-empty-tip = Same stages and lanes, no content
new-gallery-intro = Start from a template, or from an empty map.
new-drawing-previews = Drawing the previews…
new-previews-failed = Drawing the template previews stopped unexpectedly.
new-empty-map = Empty map
new-empty-map-description = Five stages and the standard lanes, no cards: start from scratch.
new-template-facts = { $kind } · { $stages ->
        [one] 1 stage
       *[other] { $stages } stages
    } · { $lanes ->
        [one] 1 lane
       *[other] { $lanes } lanes
    } · { $language }
new-preview = { $title }: preview
new-use = Use template
new-use-named = Use template: { $title }
new-blank = Blank map
new-structure-only = Structure only
new-structure-only-named = Structure only: { $title }
template-saas-onboarding = SaaS onboarding: trial to paid, with KPIs, insights and owners (English)
template-broadband-blueprint = Service blueprint of a broadband installation with owners and KPIs (English)
template-ecommerce = 5-stage e-commerce purchase journey with KPIs and insights (Chinese)
template-service-blueprint = B2B service blueprint: frontstage, backstage, support, owners (Chinese)
template-awareness-to-advocacy = Seven stages from awareness to advocacy with moments of truth (Chinese)
template-persona-first = Full persona profile and pain points in four categories (Chinese)
template-current-state = Current-state map of an online purchase (Polish)
template-future-state = Future-state counterpart of the current-state map (Polish)
template-day-in-the-life = A customer's day, hour by hour (Polish)
template-empty = Five empty stages and the standard lanes (English)
document-untitled = Untitled
new-map-title = Untitled journey

## Recovery after a crash, and a map open in two windows

recovery-title = Restore unsaved work?
recovery-body = Wayline did not close cleanly. It kept unsaved changes to { $name } (“{ $title }”) from { $time }.
recovery-unsaved-map = an unsaved map
recovery-restore = Restore
recovery-discard = Discard
recovery-dismiss = Dismiss
recovery-open-elsewhere = { $name } is already open in another Wayline window. Changes made in both are saved over each other; this window keeps its unsaved work aside in its own recovery file.
recovery-this-map = This map
recovery-cannot-set-up = cannot set up the recovery file in { $dir }: { $error }; unsaved work is not kept aside
recovery-cannot-write = cannot write the recovery file in { $dir }: { $error }
recovery-looking-stopped = looking for unsaved work stopped unexpectedly
recovery-setting-up-stopped = setting up the recovery file stopped unexpectedly
recovery-writing-stopped = writing the recovery file stopped unexpectedly

## Structure panel

structure-stages = Stages
structure-lanes = Lanes
structure-unnamed = (unnamed)
structure-move-left = Move left
structure-move-right = Move right
structure-move-up = Move up
structure-move-down = Move down
structure-hide-lane = Hide lane
structure-show-lane = Show lane
structure-help = Double-click a cell to add a card, a card to edit it. Drag cards between cells, stage and lane headers to reorder, emotion points up and down. Space+drag or scroll to pan, Ctrl+scroll to zoom.
new-stage-name = Stage { $number }

## Canvas

canvas-label = Map canvas
canvas-edit-text = Edit text
canvas-add-stage-after = Add stage after
canvas-delete-stage = Delete stage
canvas-add-lane-below = Add lane below
canvas-delete-lane = Delete lane
canvas-add-card-here = Add card here
canvas-card-text = Card text
canvas-editing-hint = Enter to keep · Shift+Enter new line · Esc to cancel
canvas-no-photo = no photo
access-stage = Stage: { $name }
access-lane = Lane: { $name }
access-cell = Cell: { $stage }{ $step } × { $lane }
access-card = Card: { $text } — { $cell }
access-emotion = Emotion point: { $text } ({ $score }) — { $stage }
access-empty = (empty)
preview-invalid = Print preview: the export options are not valid (see File → Export…)

## Inspector

inspector-selected = { $count } cards selected
inspector-delete-them = Delete them
inspector-card = Card
inspector-text = Text
inspector-label = Label
inspector-step = Step
inspector-whole-stage = Whole stage
inspector-colour = Colour
inspector-icon = Icon
inspector-default = Default
inspector-delete-card = Delete card
inspector-channel = Channel
inspector-satisfaction = Satisfaction
inspector-of-five = of 5
inspector-category = Category
inspector-severity = Severity
inspector-owner = Owner
inspector-priority = Priority
inspector-status = Status
inspector-answers = Answers these pain points:
inspector-score = Score
inspector-moment = Moment of truth
inspector-none = None
inspector-value = Value
inspector-target = Target
inspector-unit = Unit
inspector-stage = Stage
inspector-name = Name
inspector-description = Description
inspector-steps = Steps
inspector-step-name = Step name
inspector-remove-step = Remove step
inspector-add-step = Add step
new-step-name = Step { $number }
inspector-kpis = KPIs
inspector-kpi-name = KPI name
inspector-remove-kpi = Remove KPI
inspector-add-kpi = Add KPI
new-kpi-name = New KPI
inspector-insights = Insights (one per line)
inspector-drop-off = Drop-off %
inspector-goal-completion = Goal completion %
inspector-delete-stage = Delete stage and its cards
inspector-lane = Lane
inspector-kind = Kind
inspector-hidden = Hidden
inspector-delete-lane = Delete lane and its cards
inspector-map = Map
inspector-title = Title
inspector-segment = Segment
inspector-dates = Created { $created } · updated { $updated }
inspector-map-language = Label language
inspector-map-language-guessed = From its text ({ $language })
inspector-map-language-tip = The language of the words printed on the map: headings, legend, detail lines, sheet labels
inspector-persona = Persona
inspector-role = Role
inspector-photo = Photo: { $file }
inspector-photo-none = none
inspector-choose = Choose…
inspector-clear = Clear
inspector-quote = Quote
inspector-about = About
inspector-demographics = Demographics
inspector-fact-label = Label
inspector-fact-value = Value
inspector-remove-fact = Remove fact
inspector-add-fact = Add fact
new-fact-label = Age
inspector-goals = Goals (one per line)
inspector-needs = Needs & problems
inspector-behaviours = Behaviours
inspector-suggestions = Suggestions
inspector-notes = Notes

## The model's kinds, as the editor names them

lane-kind-actions = Actions
lane-kind-touchpoints = Touchpoints
lane-kind-thoughts = Thoughts
lane-kind-emotions = Emotions
lane-kind-pain-points = Pain points
lane-kind-opportunities = Opportunities
lane-kind-kpis = KPIs
lane-kind-insights = Insights
lane-kind-frontstage = Frontstage
lane-kind-backstage = Backstage
lane-kind-support = Support processes
lane-kind-text = Text
map-kind-current-state = Current state
map-kind-future-state = Future state
map-kind-day-in-the-life = Day in the life
map-kind-service-blueprint = Service blueprint
presence-online = Online
presence-offline = Offline
presence-both = Both
pain-category-financial = Financial
pain-category-productivity = Productivity
pain-category-process = Process
pain-category-support = Support
severity-low = Low
severity-medium = Medium
severity-high = High
severity-critical = Critical
priority-low = Low
priority-medium = Medium
priority-high = High
status-idea = Idea
status-planned = Planned
status-in-progress = In progress
status-done = Done
status-dropped = Dropped
moment-discovery = Discovery
moment-purchase = Purchase
moment-experience = Experience
moment-loyalty = Loyalty
icon-alert = Alert
icon-idea = Idea
icon-star = Star
icon-heart = Heart
icon-flag = Flag
icon-check = Check
icon-question = Question
icon-money = Money
icon-clock = Clock
icon-person = Person

## Export dialog

export-title = Export
export-page = Page
export-page-fit = Fit
export-page-letter = Letter
export-page-tabloid = Tabloid
export-orientation = Orientation
export-orientation-auto = Auto
export-orientation-portrait = Portrait
export-orientation-landscape = Landscape
export-margin = Margin (mm)
export-colours = Colours
export-colours-screen = Screen
export-colours-print = Print (less ink)
export-png = PNG
export-transparent = Transparent
export-split = Split over pages instead of shrinking
export-slides = Slide deck: 16:9, an overview then one slide per stage
export-workshop = Workshop: sticky-note space in every cell and a blank notes lane
export-persona = Persona panel
export-hidden-lanes = Hidden lanes
export-pain-page = Pain points → opportunities page
export-svg-outlines = SVG: text as outlines (looks the same without our fonts)
export-show-breaks = Show page breaks on the canvas
export-tile = Tile the page as a poster on sheets of
export-tile-tip = The page size above is the poster (Fit: the map at full size); each sheet gets crop marks and a label
unit-dpi = DPI
unit-mm = mm
export-overlap = overlap
export-planning-stopped = planning the pages stopped unexpectedly
export-small-text = Small text: { $detail }
export-sticky-notes = Sticky notes: { $detail }
export-missing-characters = Missing characters: { $detail }
export-small-text-detail = the smallest text prints at { $size } pt, below the readable { $min } pt; { $advice }
export-small-text-on-page = the smallest text prints at { $size } pt (page { $page }), below the readable { $min } pt; { $advice }
export-advice-shorten-slides = slides cannot hold this much: shorten the cards of that stage, or print the map instead
export-advice-bigger-poster = choose a bigger page ({ $page }) for the poster
export-advice-tile-full-size = tile the map at full size instead: page { $fit }
export-advice-bigger-page = choose a bigger page
export-advice-larger-scale = export at a larger scale
export-advice-bigger-paper = choose { $page } paper, or tick “{ $tile } { $sheet }” with page { $page }
export-advice-tile-fit = tick “{ $tile } { $sheet }” with page { $fit } (the map at full size)
export-sticky-notes-detail = the sticky-note spaces print { $printed } mm wide, smaller than a { $note } mm note; print bigger (a larger page or poster; at scale 1 and more they fit)
export-missing-detail = { $others ->
        [0] { $place }
        [one] { $place } (and 1 other place)
       *[other] { $place } (and { $others } other places)
    }: no bundled font has { $char } ({ $code }); it prints as a box
export-place-title = the title
export-place-persona = the persona's { $field }
export-place-persona-name = Name
export-place-persona-goals = Goals
export-place-card = card “{ $text }” ({ $cell })
export-place-stage = stage “{ $name }”
export-place-lane = lane “{ $name }”
export-place-description = the description
export-place-segment = the segment
export-place-map = the map

## Compare mode

compare-title = Compare
compare-reading = Reading { $label }…
compare-count = { $count ->
    [0] No changes since { $label }
    [one] 1 change since { $label }
   *[other] { $count } changes since { $label }
}
compare-legend = green added · amber edited · blue moved · dashed red removed
compare-stop = Stop comparing
compare-export = Export changes (PDF or SVG)…
compare-writing = Writing the PDF…
compare-wrote = Wrote { $file }
compare-cannot-write = { $file }: cannot write the PDF: { $error }
compare-export-stopped = the export stopped unexpectedly
compare-change-tip =
    { $description }
    Before: { $old }
    Now: { $new }
compare-conflict-tip = Merge conflict: { $detail }
compare-not-saved = The map is not saved yet, so it has no earlier versions; compare with another file instead
compare-history-stopped = reading the git history stopped unexpectedly
compare-with-intro = Show what changed in the open map since another version.
compare-with-file = Another map file…
compare-git = Earlier versions in git
compare-git-count = { $count ->
    [one] Earlier versions in git (1 commit)
   *[other] Earlier versions in git ({ $count } commits)
}
compare-reading-history = Reading history…
compare-commit-tip = Compare the open map with this version
compare-removed-title = Removed
compare-removed-intro = In { $label }, not in the open map.
compare-removed-was-in = Was in { $cell }
change-added = added
change-removed = removed
change-renamed = renamed
change-moved = moved
change-reordered = reordered
change-edited = edited
change-answered = answered
change-unanswered = unanswered
group-map = Map and persona
group-stages = Stages
group-lanes = Lanes
group-cards = Cards
group-emotion = Emotion
group-pains = Pain points and opportunities
group-kpis = KPIs
git-not-installed = git is not installed (or not on the PATH), so earlier versions cannot be read
git-cannot-run = cannot run git in { $dir }: { $error }
git-not-a-repository = { $file } is not in a git repository, so there are no earlier versions to compare with; compare with another file instead
git-not-a-file-name = { $file }: not a file name
git-no-versions = { $file } has no committed versions in git yet

## Merge conflicts

conflicts-count = { $count ->
    [one] 1 conflict
   *[other] { $count } conflicts
}
conflicts-tip = Unresolved merge conflicts: choose ours or theirs for each
conflicts-title = Merge conflicts
conflicts-intro = { $count ->
    [one] Both branches changed the same thing. The map shows our value until you choose.
   *[other] Both branches changed the same things. The map shows our value until you choose.
}
conflicts-keep-all-ours = Keep all ours
conflicts-take-all-theirs = Take all theirs
conflicts-ours = Ours (shown now)
conflicts-keep-ours = Keep ours
conflicts-theirs = Theirs
conflicts-take-theirs = Take theirs
conflicts-deleted = (deleted)
conflicts-deleted-tip = This side deleted it

## Pain points → opportunities window

pains-title = Pain points → opportunities
pains-all = All
pains-any = Any
pains-unanswered-only = Unanswered only
pains-shown = { $count ->
    [one] 1 pain point shown, { $unanswered } unanswered
   *[other] { $count } pain points shown, { $unanswered } unanswered
}
pains-stage = Stage
pains-pain-point = Pain point
pains-answered-by = Answered by
pains-detail = { $category } · { $severity } severity
pains-unanswered = Unanswered
pains-answer-with = Answer with…
pains-new-opportunity = New opportunity
pains-no-opportunity-lane = The map has no Opportunities lane

## Presentation

present-label = Presentation
present-keys = → Space next · ← back · 1–9 stage · P pain points · T light/dark · Esc leave
slide-overview = Overview — { $title }
slide-stage = Stage { $number } of { $total } — { $name }
slide-pain = Pain point { $number } of { $total } — { $stage }
slide-opportunity = Opportunity { $number } of { $total } — { $stage }
slide-answers = { $more ->
    [0] answers “{ $pain }”
   *[other] answers “{ $pain }” and { $more } more
}

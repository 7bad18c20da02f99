# Words Wayline prints on a map's pages (layout and export), in English.
# Every message here must also be in pl.ftl and zh-CN.ftl (a test compares the keys).
# Numbers placed in messages are written the language's way ("0.6", "0,6").

## Map header and persona
header-segment = Segment: { $segment }
header-updated = Updated { $date }
persona-persona = Persona
persona-about = About
persona-goals = Goals
persona-needs = Needs & problems
persona-behaviours = Behaviours
persona-suggestions = Suggestions
persona-notes = Notes

## Kinds of map
map-kind-current-state = Current state
map-kind-future-state = Future state
map-kind-day-in-the-life = Day in the life
map-kind-service-blueprint = Service blueprint

## Kinds of lane (printed under a lane's name when the name does not say it)
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
lane-hidden = hidden
lane-kind-hidden = { $kind } · hidden

## Card detail lines
presence-online = online
presence-offline = offline
presence-both = online + offline
pain-category-financial = Financial
pain-category-productivity = Productivity
pain-category-process = Process
pain-category-support = Support
severity-low = Low severity
severity-medium = Medium severity
severity-high = High severity
severity-critical = Critical severity
priority-low = Low priority
priority-medium = Medium priority
priority-high = High priority
status-idea = Idea
status-planned = Planned
status-in-progress = In progress
status-done = Done
status-dropped = Dropped
answers-pain-points = { $count ->
    [one] answers { $count } pain point
   *[other] answers { $count } pain points
}
no-owner = no owner
fact = { $label }: { $value }
task-owner = Owner: { $owner }
# A KPI's value and its target: "5 days (target 1 day)", "42% / target 50%".
metric-target = target { $target }
kpi-value-target = { $name }: { $value } ({ $target })
kpi-value = { $name }: { $value }
kpi-target = { $name } ({ $target })

## Emotion curve and moments of truth
moment-of-truth = Moment of truth: { $moment }
moment-discovery = Discovery
moment-purchase = Purchase
moment-experience = Experience
moment-loyalty = Loyalty

## Stage rows
funnel-goal-completion = { $percent } goal completion
funnel-drop-off = { $percent } drop-off
row-stage-kpis = Stage KPIs
row-insights = Insights
notes-lane = Notes
notes-lane-subtitle = For writing on

## Service blueprint
blueprint-line-of-interaction = Line of interaction
blueprint-line-of-visibility = Line of visibility
blueprint-line-of-internal-interaction = Line of internal interaction

## Legend
legend = Legend
legend-pain = { $category } pain
legend-opportunity = Opportunity
legend-negative = Negative emotion (−3)
legend-neutral = Neutral (0)
legend-positive = Positive emotion (+3)
legend-moment-of-truth = Moment of truth (discovery, purchase, experience, loyalty)
legend-persona = Persona: { $name }
legend-segment = Segment: { $segment }
legend-kind-updated = { $kind } · updated { $date }

## Pain-point page
pain-page-title = Pain points → opportunities: { $title }
pain-page-summary = { $count ->
    [one] { $count } pain point
   *[other] { $count } pain points
}, { $answered } answered, { $unanswered } unanswered
pain-page-stage = Stage
pain-page-pain-point = Pain point
pain-page-answered-by = Answered by
pain-page-unanswered = Unanswered: no opportunity addresses this yet
pain-page-none = This map has no pain points yet.

## Pages, sheets and slides
page-title = { $title } — page { $number } of { $total }
page-of = page { $number } of { $total }
sheet-label = { $sheet } — row { $row }, column { $column }   ·   { $title }   ·   page { $number } of { $total }
sheet-cutting-hint = Cut at the crop marks; neighbouring sheets overlap by { $overlap } mm. { $count } sheets: { $rows } rows × { $columns } columns.
slide-number = { $number } / { $total }
outline-slide = Slide { $number } / { $total }: { $name }
outline-part = { $title } · page { $number } of { $total }
outline-page = { $size } page

## The "what changed" PDF and change marks
changes-title = What changed: { $old } → { $new }
changes-key = { $count } · green: added · amber: edited · blue arrow: moved · dashed red: removed, and the old emotion curve
changes-count = { $count ->
    [0] No changes
    [one] { $count } change
   *[other] { $count } changes
}
changes-continued = { $heading } (continued)
changes-none = The two maps are the same.
changes-group-map = Map and persona
changes-group-stages = Stages
changes-group-lanes = Lanes
changes-group-cards = Cards
changes-group-emotion = Emotion
changes-group-pains = Pain points and opportunities
changes-group-kpis = KPIs
change-added = Added
change-moved-from = Moved from { $cell }
change-moved = Moved
change-moved-within = Moved within its cell
change-was = Was: { $old }
change-removed = Removed: { $text }
change-removed-from = Removed from { $cell }:

## PDF bookmarks
bookmark-page = Page { $number } of { $total }
bookmark-page-stage = Page { $number } of { $total }: { $stage }
bookmark-page-stages = Page { $number } of { $total }: { $first } – { $last }
bookmark-pain-page = Pain points and opportunities
bookmark-stage = Stage { $number }

## Change lines of the "what changed" list
change-subject-map = Map
change-subject-persona = Persona
change-subject-stage = Stage { $name }
change-subject-lane = Lane { $name }
change-line-added = Added: { $subject }
change-line-removed = Removed: { $subject }
change-line-renamed = { $subject } renamed to { $new }
change-line-moved = { $subject } moved from { $from } to { $to }
change-line-reordered = { $subject } moved within its cell
change-line-answered = { $subject } is now answered by an opportunity
change-line-unanswered = { $subject }: no opportunity answers it any more
change-line-edited = { $subject }: { $field } { $old } → { $new }
change-line-edited-value = { $subject }: { $old } → { $new }
change-line-kpi-added = { $subject }: KPI added: { $new }
change-line-kpi-removed = { $subject }: KPI removed: { $old }
change-line-kpi-edited = { $subject }: KPI { $old } → { $new }
value-yes = yes
value-no = no
field-text = text
field-name = name
field-title = title
field-segment = segment
field-description = description
field-kind = kind
field-language = language
field-created = created
field-updated = updated
field-role = role
field-quote = quote
field-bio = bio
field-photo = photo
field-demographics = demographics
field-goals = goals
field-needs = needs
field-behaviours = behaviours
field-suggestions = suggestions
field-notes = notes
field-steps = steps
field-insights = insights
field-drop-off = drop-off
field-goal-completion = goal completion
field-hidden = hidden
field-cell = cell
field-details = details
field-channel = channel
field-presence = online or offline
field-satisfaction = satisfaction
field-category = category
field-severity = severity
field-owner = owner
field-priority = priority
field-status = status
field-answers = answers
field-score = emotion score
field-moment = moment of truth
field-value = value
field-target = target
field-unit = unit
field-color = colour
field-icon = icon
field-position = position
field-conflicts = unresolved merge conflicts
field-answered-by = answered by

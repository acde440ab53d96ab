# Investment Explorer, English: the source catalogue. Every id here must exist in zh-Hans.ftl and zh-Hant.ftl
# with the same variables (tests/i18n.rs checks). How to add a message: see src/i18n/mod.rs.

## Tabs

tab-table = Table
tab-breakdown = Breakdown
tab-charts = Charts
tab-map = Map
tab-export-this = Export this…

## Menus

menu-file = File
menu-export = Export
menu-edit = Edit
menu-view = View
menu-help = Help
menu-view-theme = Theme
menu-view-theme-light = Light
menu-view-theme-dark = Dark
menu-view-currency = Currency
menu-view-amounts-in = Amounts in
menu-view-language = Language
menu-view-language-hint = Menus, labels and exports in this language. Names in your own files stay as written.

## Money: currencies and scales as the View menu offers them. The units themselves ("USD m", "亿美元") come
## from format::MoneyFormat::unit_in, so that amounts and their units never disagree.

money-currency-usd = US dollars (USD)
money-currency-cny = Renminbi (CNY, at each contract year's rate)
money-currency-hkd = Hong Kong dollars (HKD, at each contract year's rate)
money-scale-auto = Automatic (m / bn)
money-scale-millions = Millions (m)
money-scale-billions = Billions (bn)
money-scale-wan = Ten thousands (万)
money-scale-yi = Hundred millions (亿)
money-amounts-in = Amounts in { $unit }

## Charts

chart-by-sector = By sector
chart-over-time = Over time
chart-sizes = Project sizes
chart-sectors-by-year = Sectors by year
chart-caption = Contracted, { $unit } · { $source }
chart-axis-year = Contract year
chart-axis-projects = Projects
chart-axis-contracted = Contracted ({ $unit })
chart-axis-size = Contracted size ({ $unit }, logarithmic scale)
chart-contracted-per-year = Contracted per year ({ $unit })
chart-cumulative-contracted = Cumulative contracted ({ $unit })
chart-projects-per-year = Projects per year
chart-cumulative-projects = Cumulative projects

## Status bar: "312 of 3,530 projects · USD 12.4 bn contracted (17.6 %) · synthetic sample"

status-projects =
    { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    }
status-rows =
    { $shown } of { $total } { $total ->
        [one] row
       *[other] rows
    }
status-contracted = { $amount } contracted ({ $share })
count-projects =
    { $n ->
        [one] { $n } project
       *[other] { $n } projects
    }

## Empty state

empty-title = No projects match these filters
empty-hint = Remove a filter chip above, or start again.
empty-clear = Clear filters

## Data: where it comes from, and the names of groups

data-synthetic = synthetic sample
data-synthetic-long = Synthetic sample calibrated to published aggregates — not real projects
data-synthetic-badge = SYNTHETIC
data-yours = your data
data-not-stated = not stated
data-other = Other
data-hk-projects = Hong Kong projects
data-liangjiang = Liangjiang New Area
data-whole-municipality = Whole municipality
data-central-urban = Central urban area

## Key figures

figure-projects = Projects
figure-projects-hint = Projects in the current selection
figure-contracted = Contracted
figure-utilised = Utilised
figure-utilisation = Utilisation
figure-utilisation-hint = Utilised ÷ contracted, over projects where both are known
figure-average = Average size
figure-average-hint = Mean contracted amount per project: pulled up by a few very large projects
figure-median = Median size
figure-median-hint = Half the projects are smaller than this

## Fields: column headers, facet titles and export headers

field-id = ID
field-name = Project
field-investor = Investor
field-origin = Origin
field-sector = Sector
field-sub-sector = Sub-sector
field-district = District
field-year = Year
field-status = Status
field-contracted = Contracted
field-utilised = Utilised
field-employees = Employees
field-lat = Latitude
field-lon = Longitude
field-in-liangjiang = In Liangjiang
field-contract-date = Contract date
field-size-band = Size band
field-synthetic = Synthetic
field-source = Source

## Story: the slides a presenter builds (the story panel, from the View menu)

story-heading = Story
story-close = Hide
story-title = Story title
story-title-hint = e.g. Hong Kong capital in Chongqing, 2024 review
story-add = Add current view as slide
story-present = Present
story-open = Open story…
story-save = Save story…
story-empty = No slides yet. Set up a view — filters, tab, chart — then add it as a slide ({ $key }).
story-untitled = Untitled slide
story-jump-hint = Show this slide's view
story-slide-title = Slide title
story-caption = Caption
story-caption-hint = What the client should take away from this slide
story-move-up = Move up
story-move-down = Move down
story-duplicate = Duplicate
story-update = Update from current view
story-delete = Delete slide
story-warning = slide { $slide }: { $warning }
story-opened =
    Opened the story { $file } ({ $slides ->
        [one] { $slides } slide
       *[other] { $slides } slides
    }).
story-opened-warnings =
    Opened the story { $file } ({ $slides ->
        [one] { $slides } slide
       *[other] { $slides } slides
    }), but { $warnings }; those parts match nothing.
story-open-failed = { $error }. The story is unchanged.
story-saved = Saved the story to { $file }.
story-save-failed = { $error }. Nothing was changed.
story-file-dialog = Story ({ $extension })

## Presentation mode

present-counter = { $number } / { $total }
present-typed = Go to { $typed }…
present-top-projects = Top { $shown } of { $total } projects
present-current-view = Current view

## Menus of the story and presentation mode

menu-open-story = Open story…
menu-save-story = Save story…
menu-view-theme-projector = Projector
menu-view-theme-projector-hint = Light background, heavier lines and larger type, for a projector in a lit room
menu-view-present = Present
menu-view-story = Story panel
menu-help-shortcuts = Keyboard shortcuts

## Keyboard shortcuts (the list in the Help menu)

shortcuts-title = Keyboard shortcuts
shortcuts-window = Exploring
shortcuts-presenting = Presenting
key-open = Open a project file
key-focus-search = Search project and investor names
key-export = Export what the tab shows
key-tab-table = Table tab
key-tab-breakdown = Breakdown tab
key-tab-charts = Charts tab
key-tab-map = Map tab
key-undo = Undo
key-redo = Redo
key-present = Present the story full screen
key-story-panel = Show or hide the story panel
key-add-slide = Add the current view as a slide
key-duplicate-slide = Duplicate the selected slide
key-delete-slide = Delete the selected slide
key-move-slide-up = Move the selected slide up
key-move-slide-down = Move the selected slide down
key-rename-slide = Rename the selected slide
key-edit-caption = Edit the selected slide's caption
key-update-slide = Update the selected slide from the current view
key-next-story-slide = Show the next slide's view
key-previous-story-slide = Show the previous slide's view
key-open-story = Open a story file
key-save-story = Save the story to a file
key-projector-theme = Projector theme on or off
key-shortcuts = This list of shortcuts
key-present-next = Next slide
key-present-previous = Previous slide
key-present-first = First slide
key-present-last = Last slide
key-present-jump = Go to slide number …
key-present-revert = Undo clicks on this slide (back to the slide as saved)
key-present-leave = Leave, back to the view from before

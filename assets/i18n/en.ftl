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
chart-by-sub-sector = By sub-sector
chart-by-district = By district
chart-other-sectors = Other ({ $n } { $n ->
        [one] sector
       *[other] sectors
    })
chart-other-sub-sectors = Other ({ $n } { $n ->
        [one] sub-sector
       *[other] sub-sectors
    })
chart-other-districts = Other ({ $n } { $n ->
        [one] district
       *[other] districts
    })
chart-other-groups = Other ({ $n } { $n ->
        [one] group
       *[other] groups
    })
chart-bar = Bar { $name }
chart-bar-hint = { $name }: { $amount } contracted · { $n ->
        [one] { $n } project
       *[other] { $n } projects
    } · { $share } of the selection
chart-click-to-filter = Click to filter to it
chart-without-year = { $n ->
        [one] { $n } project has no contract year and is not shown
       *[other] { $n } projects have no contract year and are not shown
    }
chart-without-amount = { $n ->
        [one] { $n } project has no contracted amount and is not shown
       *[other] { $n } projects have no contracted amount and are not shown
    }
chart-year-hint = { $year }: { $value } · { $n ->
        [one] { $n } project
       *[other] { $n } projects
    }
chart-cumulative-hint = Up to { $year }: { $value }
chart-segment = Segment { $name } { $year }
chart-segment-hint = { $name }, { $year }: { $amount } · { $n ->
        [one] { $n } project
       *[other] { $n } projects
    }
chart-size-hint = { $range }: { $n ->
        [one] { $n } project
       *[other] { $n } projects
    }
chart-size-bar = Size bar { $range }

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

## Tables: the Breakdown, the project table, the detail panel and the filter panel

table-rows-selected =
    { $n ->
        [one] { $n } row selected
       *[other] { $n } rows selected
    }
table-copied-rows =
    Copied { $n ->
        [one] { $n } row
       *[other] { $n } rows
    } to the clipboard.
table-export-selection = Export selection…
filter-amount = Contracted amount ({ $unit })
filter-amount-hint = Bounds in { $currency }: each project's contracted amount is compared in { $currency }, converted at its contract year's average rate. The bounds keep their currency when you switch the one shown, so the selection stays the same; clear both to enter bounds in another currency.
filter-amount-kept = Bounds in { $bounds }; the table shows { $shown }. Clear them to enter { $shown }.
filter-rerank = Re-rank by count
filter-rerank-hint = The list keeps its order while you tick boxes; this sorts it by the current counts again.
table-hint = Click a header to sort · { $shift }-click adds a key · { $copy } copies selected rows
table-columns = Columns
table-sort-hint = Click to sort; click again to reverse; { $shift }-click to add as a secondary key
table-converted-hint = Converted at { $rate } { $currency } per USD, the contract year's average
detail-title = Project
detail-hint = Click a row in the table to see the project here.
detail-sector = Sector { $code } · { $name } { $name_zh }
detail-cooperation = A focus area of the 2023 Chongqing–Hong Kong cooperation mechanism.
detail-division = { $region } · { $kind } · adcode { $adcode }
detail-kind-district = district
detail-kind-county = county
detail-kind-autonomous-county = autonomous county
detail-in-liangjiang = Partly in the Liangjiang New Area.
detail-provenance = Provenance
breakdown-group-by = Group by
breakdown-drill-hint = Click a row to drill down
breakdown-units = Amounts in { $unit } · utilisation = utilised ÷ contracted
breakdown-cross-tab = Cross-tab: { $by }
breakdown-cross-by = by
breakdown-cells = cells: contracted, { $unit }
filter-title = Filters
filter-clear-all = Clear all
filter-clear-all-hint = Remove every filter
filter-views = Views
filter-views-hint = Save the current filters, sort, columns, tab and units under a name.
filter-delete-view-hint = Delete the view “{ $name }”
filter-save-view = Save view…
filter-view-name = View name
filter-save = Save
filter-cancel = Cancel
filter-facet-selected = { $facet } ({ $n } selected)
filter-clear = Clear
filter-clear-facet-hint = Clear the { $facet } filter
filter-find = Find a { $facet }
filter-more = … { $n } more: type above to find one
filter-panel-search = Search
filter-search-hint = Project or investor name
filter-panel-years = Contract year
filter-from = From
filter-to = to
filter-min = Min
filter-max = Max
filter-any-amount = any
filter-liangjiang-hint = China's inland state-level new area, spanning parts of Jiangbei, Yubei and Beibei
filter-any = Any
filter-inside = Inside
filter-outside = Outside

## Exports and the app's own file chooser

export-selected-rows = Selected rows as { $format }…
export-done-with-about = Exported { $what } to { $path }, described in { $about }.
chooser-no-dialog = This system shows no file dialog, so the app shows its own.
chooser-folder = Folder
chooser-up = Up
chooser-file-name = File name
chooser-types = Shows folders and { $types } files
chooser-save = Save
chooser-open = Open
chooser-cancel = Cancel
chooser-unreadable = Cannot read this folder: { $error }
chooser-is-folder = This is a folder: type a file name.
chooser-replaces = A file of this name exists: saving replaces it.
chooser-no-such-file = No file of this name in this folder.
## Map: the district map, its legend and tooltips, the map slide's title and caption

map-zoom-whole = Whole municipality
map-zoom-central = Central urban area
map-measure-contracted = By contracted
map-measure-projects = By projects
map-measure-share = By share
map-style-filled = Filled districts
map-style-bubbles = Bubbles
map-hint = Click a district to filter to it; hover for its figures
map-district = District { $name }
map-legend-contracted = Contracted ({ $unit })
map-legend-projects = Projects
map-legend-share = Share of contracted (%)
map-legend-range = { $low } – { $high }
map-legend-bubbles = Bubble area grows with the value
map-legend-no-project = No project in the selection
map-legend-liangjiang = Liangjiang New Area (2025)
map-legend-liangjiang-note = Drawn as the outline of Jiangbei and Yubei: an approximation of the 2025 boundary
map-legend-small = Small districts: names on leader lines, or on hover
map-not-on-map =
    Not on the map: { $n ->
        [one] { $n } project
       *[other] { $n } projects
    }, { $amount } (district unknown)
map-tooltip-contracted = { $amount } contracted
map-tooltip-share = { $share } of the selection
map-tooltip-liangjiang = Part of the Liangjiang New Area (2025)
map-tooltip-click = Click to filter to this district
map-title-contracted = Contracted by district ({ $unit })
map-title-projects = Projects by district
map-title-share = Share of contracted by district
map-caption-boundaries = District boundaries: { $package } ({ $licence }), simplified to about 100 m; Liangjiang New Area (2025) drawn as the outline of Jiangbei and Yubei, an approximation
map-no-geometry = The district map could not be read: { $error }
## Saved state: notices at start when the persisted settings could not all be read (src/state.rs)

state-unreadable = The saved settings could not be read ({ $reason }), so the app started with its defaults.
state-kept-copy = The original is kept as { $path }.
state-skipped = Some saved settings could not be read and were left out: { $what }. Everything else was kept.
state-skipped-views = { $n ->
    [one] one saved view
   *[other] { $n } saved views
}
state-skipped-mappings = { $n ->
    [one] one column mapping
   *[other] { $n } column mappings
}
state-skipped-settings = { $n ->
    [one] one other setting (back to its default)
   *[other] { $n } other settings (back to their defaults)
}
state-list-separator = {", "}
state-not-reopened = { $path } was not reopened: the app closed while opening it last time. Open it again from the File menu to try again.
## Opportunities tab (issue 12): the score, the heat-map, the shortlist and Compare

tab-opportunities = Opportunities
score-factor-scale = Scale
score-factor-momentum = Momentum
score-factor-realisation = Realisation
score-factor-breadth = Breadth
score-factor-openness = Openness
score-factor-policy = Policy fit
score-factor-white-space = White space
score-formula-window = Window: Y is the latest contract year in the whole dataset and W = { $years } years; recent = Y−W+1 … Y, prior = Y−2W+1 … Y−W. Amounts in USD m; C = the contracted total of the group's selected projects.
score-formula-scale = ln(1 + C). Never missing.
score-formula-momentum = ln((1 + C recent) ÷ (1 + C prior)). Never missing.
score-formula-realisation = Σ utilised ÷ Σ contracted over the group's rows whose utilised amount is known. Missing when there is no such row, or that Σ contracted is 0.
score-formula-breadth = ln(1 + the number of distinct investors). Never missing.
score-formula-openness = 1 − Σ s_i², s_i = investor i's share of C (1 − HHI). Missing when C = 0.
score-formula-policy = sectors and cells: 1 if the sector is a focus area of the 2023 Chongqing–Hong Kong cooperation mechanism, else 0; districts: the share of the district's C in focus sectors (missing when C = 0).
score-formula-white-space = cells only: ln((1 + E) ÷ (1 + A)), A = the cell's C, E = C of its sector × C of its district ÷ C of the selection.
score-formula-norm = Each factor is normalised across the scored groups that have it: 100 × (raw − min) ÷ (max − min), or 50 when max = min.
score-formula-total = Score = Σ weight × norm ÷ Σ weight, over the group's factors that are not missing and have a weight above 0.
score-formula-thin = A group with fewer than { $below } projects is thin: shown, but flagged.
score-formula-order = Order: highest score first; ties by name.
score-note-synthetic = illustrative: synthetic sample
opp-rank-by = Rank
opp-by-sector = Sectors
opp-by-district = Districts
opp-by-cell = Sector × district cells
opp-presets = Presets
opp-preset-balanced = Balanced
opp-preset-momentum = Momentum
opp-preset-white-space = White space
opp-preset-policy = Policy-aligned
opp-weights = Weights
opp-weight-hint = How much { $factor } counts in the score; 0 leaves it out.
opp-window = Recent window (years)
opp-window-hint = Momentum compares the latest { $years } contract years with the { $years } before them.
opp-about = About the score
opp-about-title = About the opportunity score
opp-about-intro = A transparent ranking of the current selection: every factor, weight and figure is shown, and the command line computes the same score from the same file.
opp-about-weights = Weights now
opp-section-ranking = Ranking
opp-section-heat-map = Heat-map
opp-section-districts = Districts by score
opp-section-compare = Compare ({ $n })
opp-col-score = Score
opp-thin = thin
opp-thin-hint = Fewer than { $below } projects: read this score with care.
opp-pin-label = Pin { $name }
opp-pin-hint = Pin to the shortlist (up to { $max }) to compare.
opp-unpin-hint = Remove from the shortlist.
opp-shortlist-full = The shortlist holds { $max } at most: remove one first.
opp-shortlist = Shortlist
opp-shortlist-empty = Pin 2–5 sectors, districts, cells or projects (+) to compare them side by side.
opp-remove-label = Remove { $name } from the shortlist
opp-compare = Compare
opp-compare-hint = Pin at least { $min } to compare.
opp-clear-shortlist = Clear
opp-why = Why
opp-why-pick = Click a row to see why it scores as it does.
opp-why-title = { $name } · score { $score }
opp-no-score = No score: every factor with a weight is missing for this group.
opp-points = { $points } pts
opp-heat-hint = Cell score 0–100: the stronger the colour, the higher among these cells · a dot marks a thin cell (fewer than 3 projects) · click a cell to filter to it
opp-heat-label = { $sector } in { $district }: score { $score }
opp-districts-hint = District score 0–100 · click a district to filter to it
opp-error = The score cannot be computed: { $error }
opp-compare-title = The shortlist compared
opp-compare-within = Within the current selection · amounts in { $unit }
opp-compare-investors = Investors
opp-compare-sub-sectors = Largest sub-sectors
opp-compare-districts = Largest districts
opp-compare-score = Score and factors
opp-compare-not-scored = Projects are not scored.
opp-compare-nothing = Nothing of this in the current selection.
opp-pin-project = Pin this project
opp-unpin-project = Unpin this project
opp-slide-title = Hong Kong investment in Chongqing — the shortlist compared
## Commands: menu items and buttons (command::Command::text)

cmd-open-file = Open…
cmd-copy-rows = Copy selected rows
cmd-about = About the data
cmd-all-sectors = All sectors
cmd-undo = Undo
cmd-redo = Redo
cmd-export-view = Export view…
cmd-import-view = Import view…
cmd-confirm-open = Open
cmd-cancel = Cancel
cmd-cancel-load = Cancel loading
cmd-remap = Map columns…
cmd-reload = Reload
cmd-keep-data = Keep this data
cmd-quality = Data quality…

## Export menu items

export-rows = Projects as { $format }…
export-groups = Totals by { $by } as { $format }…
export-cross-tab = Cross-tab as { $format }…
export-map-png = Map as PNG…
export-chart-png = Chart as PNG…
export-menu-note = { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    } · files describe their filters, units and source

## Banners and notices above the content

banner-file-changed = The open file changed on disk.
banner-plain-table = Plain table: no column is mapped to { $fields }. Every column is shown; key figures, charts and the map need those fields.
banner-quality = Data quality: { $headline }
drop-hint = Drop a CSV, TSV, XLSX, JSON or RON file to open it
notice-error = Error:
notice-dismiss = Dismiss
list-or = { " or " }
list-and = { " and " }
list-separator = { ", " }

## The filter in words (chips, captions, About sheets, the CLI): query::describe

filter-search = Search: “{ $text }”
filter-values = { $facet }: { $names }
filter-year = Year: { $year }
filter-years = Years: { $from }–{ $to }
filter-years-from = Years: from { $from }
filter-years-to = Years: to { $to }
filter-years-any = Years: any
filter-contracted-between = Contracted: { $min } to { $max }
filter-contracted-min = Contracted: ≥ { $min }
filter-contracted-max = Contracted: ≤ { $max }
filter-contracted-any = Contracted: any
filter-in-liangjiang = In Liangjiang New Area
filter-outside-liangjiang = Outside Liangjiang New Area
filter-none = No filters
filter-separator = { "; " }
chips-title = Filters:
chips-remove-hint = Remove this filter

## Where the rows came from (English: model::Provenance::describe)

data-source-built-in = Built-in dataset: Synthetic sample calibrated to published aggregates — not real projects
data-source-synthetic-file = { $path } (Synthetic sample calibrated to published aggregates — not real projects)

## The command line

cli-summary-headline = { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    } · { $contracted } contracted · { $utilised } utilised
cli-filters = Filters: { $filters }
cli-source = Source: { $source }
cli-col-projects = Projects
cli-col-contracted = Contracted { $unit }
cli-col-utilised = Utilised { $unit }
cli-col-share = Share
cli-col-share-pct = Share (%)
cli-export-wrote = Wrote { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    } to { $path }

## Key figures: hints and the published facts strip

figure-contracted-hint = Contracted foreign investment (合同外资): the amount committed in signed contracts. The published USD 70.4 bn is contracted.
figure-utilised-hint = Utilised foreign investment (实际使用外资): the money actually paid in, usually less than contracted.
figure-synthetic-hint = No public list of Hong Kong projects in Chongqing exists. These rows are generated so that their totals match the published aggregates (3,530 projects, USD 70.4 bn contracted). Help ▸ About the data has the sources.
fact-published = Published:
fact-hk-projects = Hong Kong projects
fact-hk-contracted = contracted
fact-share-2022 = of Chongqing's FDI in 2022
fact-trade-2023 = trade, Jan–Sep 2023
fact-strip-item = { $value } { $caption }
fact-hover =
    { $label }: { $value }
    { $detail }
    Source: { $source } ({ $date })

## Help ▸ About the data

about-intro = No public list of Hong Kong-invested projects in Chongqing exists. The project rows are generated deterministically so that they match the published aggregates: 3,530 projects and exactly USD 70.4 bn contracted, with cumulative counts of 2,842 by end 2016 and 3,344 by end 2021. Sector, district, year and size splits are estimates from whole-city figures. Investor and project names are invented.
about-current-source = Current source: { $source }
about-facts = Headline facts
about-rates = Exchange rates
about-named-projects = Named projects (reference layer)
about-named-projects-note = Real, sourced Hong Kong projects. Their figures are sale prices, land prices or floor areas, so they are not counted in any total.

## Slides: the PNG of a chart or the map

slide-title = Hong Kong investment in Chongqing — { $what }
slide-map-title = Contracted by district ({ $unit })
slide-counts = { $status } · amounts in { $unit }
slide-source = Source: { $source } · { $app } { $version } · { $time }

## The data-quality window

quality-title = Data quality
quality-read-as = Read as { $how }
quality-copy = Copy report
quality-close = Close

## The mapping dialog (File ▸ Open…)

open-title = Open { $file }
open-missing-fields = No column for { $fields }: the file will open as a plain table. Every column stays visible; key figures, charts and the map need those fields.
open-columns-rows = { $columns } columns · { $rows } preview rows
open-encoding = Encoding
open-delimiter = Delimiter
open-delimiter-comma = Comma
open-delimiter-semicolon = Semicolon
open-delimiter-tab = Tab
open-delimiter-pipe = Pipe
open-delimiter-other = Other
open-decimals = Decimals
open-header-row = Header is row
open-sheet = Sheet
open-mapping-title = Project field ← column in the file
open-unit-of = { $field } unit
open-currency-column = Currency per row
open-not-in-file = — not in the file —
open-column-n = Column { $n }
open-preview = Preview
open-to-currency = → currency
open-extra = extra

## Exported files: sheet names, headers, the About sheet and JSON/RON meta values

export-title = Hong Kong-invested projects in Chongqing
export-your-data = Your data
export-currency-note = Converted from USD row by row at each project's contract-year rate; projects without a year use the latest rate. Rates: { $series }. Source: { $source }
export-sort-descending = { $column } (descending)
export-sort-ascending = { $column } (ascending)
export-sort-then = { ", then " }
export-sort-none = table order
export-column-with-unit = { $title } ({ $unit })
export-row-amounts-unit = USD m
export-contents-rows = Projects, one row per project, in the order shown
export-contents-breakdown = Breakdown by { $by }
export-contents-cross-tab = Cross-tab of contracted amounts: { $rows } (rows) × { $columns } (columns), with totals
export-cross-tab-corner = { $rows } \ { $columns } ({ $unit })
export-total = Total
export-sheet-projects = Projects
export-sheet-breakdown = Breakdown
export-sheet-cross-tab = Cross-tab
export-sheet-about = About
export-about-field = Field
export-about-value = Value
about-field-title = Title
about-field-contents = Contents
about-field-source = Source
about-field-data = Data
about-field-filters = Filters
about-field-rows = Rows
about-field-sort = Sort
about-field-units = Units
about-field-currency-note = Currency note
about-field-app-version = App version
about-field-exported-at = Exported at
about-rows = { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    }

## Breakdown columns (the Breakdown tab and its exports)

breakdown-projects = Projects
breakdown-contracted = Contracted
breakdown-utilised = Utilised
breakdown-share = Share of contracted
breakdown-average = Average
breakdown-median = Median
breakdown-utilisation = Utilisation

## Background tasks and notices of the window

task-file-dialog = Waiting for the file dialog…
task-exporting = Exporting to { $path }…
notice-exported = Exported { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    } to { $path }.
notice-exported-picture = Exported a { $width }×{ $height } px picture of { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    } to { $path }.
notice-opened = Opened { $source } ({ $n } { $n ->
        [one] project
       *[other] projects
    }).{ $quality }
notice-view-saved = Saved the view “{ $name }”.
notice-the-view = the view
notice-view-name = “{ $name }”
notice-view-from = { " " }from { $path }
notice-showing-view = Showing { $name }{ $origin }.
notice-showing-view-but = Showing { $name }{ $origin }, but { $warnings }; those parts match nothing.
notice-view-unchanged = { $error }. The current view is unchanged.
notice-view-written = Saved the view to { $path }.
notice-nothing-changed = { $error }. Nothing was changed.
notice-load-stopped = Stopped loading { $path }. The previous data is still loaded.
notice-reopen-failed = Could not reopen the last file: { $error }. Showing the built-in dataset.
notice-load-failed = { $error }. The previous data is still loaded.
notice-export-failed = The export failed: { $error }. Any existing file was left as it was.
notice-background-failed = Something went wrong in the background ({ $thread }); nothing was changed. Please report it.

## The score command's table (the note and the whys are the engine's English)

score-of-sectors = { $n } { $n ->
        [one] sector
       *[other] sectors
    }
score-of-districts = { $n } { $n ->
        [one] district
       *[other] districts
    }
score-of-cells = { $n } { $n ->
        [one] cell
       *[other] cells
    }
score-window = recent { $recent_from }–{ $recent_to } against prior { $prior_from }–{ $prior_to } (latest contract year { $latest })
score-no-years = no contract years in the data, so no momentum
score-headline = Opportunity score of { $what } · { $shown } of { $total } { $total ->
        [one] project
       *[other] projects
    } · { $window }
score-weights = Weights: { $weights }
score-note = Note: { $note }
score-col-score = Score
score-col-thin = Thin
score-thin = thin
score-top-of = (the top { $shown } of { $total }; --format csv or json lists them all)
score-why = Why:

## Table cells

cell-yes = yes
cell-no = no

## The default data's own labels (query::labels::value_label); English shows them as stored

value-status-contracted = Contracted (not started)
value-status-under-construction = Under construction
value-status-operating = Operating
value-status-completed = Completed/divested
value-status-closed = Closed
value-origin-hong-kong = Hong Kong SAR
value-band-under-1 = < USD 1 m
value-band-1-10 = USD 1–10 m
value-band-10-50 = USD 10–50 m
value-band-50-200 = USD 50–200 m
value-band-200-800 = USD 200–800 m
value-band-over-800 = ≥ USD 800 m

## Export menu items added with the chart data and the opportunity lens
export-chart-data = Chart data as { $format }…
export-ranking = Ranking as { $format }…
export-compare-png = Compare as PNG…
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

key-tab-opportunities = Opportunities tab
## Client-safe: names as pseudonyms in front of a client

client-safe-project = Project { $number }
client-safe-investor = Investor { $number }
client-safe-watermark = Confidential — prepared for { $client }
client-safe-badge = CLIENT-SAFE
client-safe-badge-hint = Project and investor names are pseudonyms and confidential columns are hidden, in the window and in every export. Search still finds the real names.
menu-view-client-safe = Client-safe (hide names)
menu-view-confidential-columns = Confidential columns
menu-view-prepared-for = Prepared for (watermark)

## PDF brief and deck

menu-export-brief-pdf = Brief as PDF…
menu-export-story-pdf = Story as PDF…
pdf-title = Hong Kong-invested projects in Chongqing
pdf-source = Source: { $source }
pdf-prepared = Prepared { $date } · Investment Explorer { $version }
pdf-empty-hint = Remove a filter, or choose another view.
pdf-chart-contracted-by = Contracted by { $by } ({ $unit })
pdf-chart-sizes = Projects by contracted size (from, { $unit })
pdf-top-projects =
    { $n ->
        [one] The largest project by contracted amount
       *[other] Top { $n } projects by contracted amount
    }

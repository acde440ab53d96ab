//! The left filter panel: search, facets with live counts, year and amount ranges, the Liangjiang toggle.
//!
//! The panel edits a copy of the filter and pushes `Command::SetFilter` when it changed, so every change goes
//! through the app (and can be undone).

use super::ViewContext;
use crate::command::Command;
use crate::format::{self, MoneyFormat};
use crate::i18n::Lang;
use crate::tr;
use std::collections::BTreeSet;

use crate::model::Field;
use crate::model::columns::CategoryColumn;
use crate::query::{Facet, Filter, MISSING_NAME, labels};

/// Facets with more values than this get a filter-within-facet box.
const FACET_SEARCH_THRESHOLD: usize = 8;

/// A facet lists at most this many values (largest first); the box above finds the others. A file whose
/// "district" column holds addresses can have a hundred thousand values.
const FACET_LISTED: usize = 200;

/// Per-facet UI state that is not part of the filter: the text typed in each filter-within-facet box.
#[derive(Default)]
pub struct FilterPanel {
    facet_search: [String; 6],
    /// Each facet's values in the order last ranked: ticking a box never moves the one under the mouse.
    facet_order: [FacetOrder; 6],
    /// The name being typed for "Save view…"; `None` when the name field is closed.
    new_view_name: Option<String>,
}

/// A facet's values ranked by count, kept until the facet is reopened, the user asks ("Re-rank by count") or
/// another file is open: re-sorting on every tick would move the checkbox under the mouse away.
#[derive(Default)]
struct FacetOrder {
    /// Codes, largest count first, when last ranked.
    codes: Vec<u32>,
    /// The label list it ranked (address and length): another dataset ranks afresh.
    labels_key: (usize, usize),
    was_open: bool,
}

impl FacetOrder {
    fn rank(&mut self, labels: &[String], counts: &[u32]) {
        let count = |c: u32| counts.get(c as usize).copied().unwrap_or(0);
        let mut codes: Vec<u32> = (0..labels.len() as u32).collect();
        codes.sort_by(|&a, &b| {
            count(b)
                .cmp(&count(a))
                .then_with(|| labels[a as usize].cmp(&labels[b as usize]))
        });
        self.codes = codes;
        self.labels_key = labels_key(labels);
    }
}

fn labels_key(labels: &[String]) -> (usize, usize) {
    (labels.as_ptr() as usize, labels.len())
}

impl FilterPanel {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        context: &ViewContext<'_>,
        commands: &mut Vec<Command>,
    ) {
        let mut filter = context.view.filter.clone();
        ui.horizontal(|ui| {
            ui.heading(tr!(context.lang, "filter-title"));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .add_enabled(
                        !filter.is_empty(),
                        egui::Button::new(tr!(context.lang, "filter-clear-all")),
                    )
                    .on_hover_text(tr!(context.lang, "filter-clear-all-hint"))
                    .clicked()
                {
                    filter = Filter::default();
                }
            });
        });
        ui.add_space(4.0);
        self.saved_views_ui(ui, context, commands);
        search_ui(ui, context.lang, &mut filter.search);
        ui.add_space(6.0);

        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for facet in Facet::ALL {
                    self.facet_ui(ui, context, facet, &mut filter);
                }
                for (index, column, category) in context.dataset.projects.extra_facets() {
                    extra_facet_ui(ui, context, index, &column.name, category, &mut filter);
                }
                year_range_ui(ui, context, &mut filter);
                let absent = &context.dataset.projects.absent_fields;
                if !absent.contains(&Field::ContractedUsdM) || filter.has_amount_range() {
                    amount_range_ui(ui, context.lang, &mut filter, context.money());
                }
                if !absent.contains(&Field::InLiangjiang) || filter.in_liangjiang.is_some() {
                    liangjiang_ui(ui, context.lang, &mut filter);
                }
            });

        if filter != context.view.filter {
            commands.push(Command::SetFilter(filter));
        }
    }

    /// The saved views: click one to switch to it; "Save view…" names the current one.
    fn saved_views_ui(
        &mut self,
        ui: &mut egui::Ui,
        context: &ViewContext<'_>,
        commands: &mut Vec<Command>,
    ) {
        egui::CollapsingHeader::new(
            egui::RichText::new(tr!(context.lang, "filter-views")).strong(),
        )
        .id_salt("saved_views")
        .default_open(true)
        .show(ui, |ui| {
            if context.saved_views.is_empty() {
                ui.weak(tr!(context.lang, "filter-views-hint"));
            }
            for (index, view) in context.saved_views.iter().enumerate() {
                ui.horizontal(|ui| {
                    let current = *context.view == *view;
                    if ui
                        .selectable_label(current, &view.name)
                        .on_hover_text(view.filter.describe())
                        .clicked()
                    {
                        commands.push(Command::ApplyView(index));
                    }
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui
                            .small_button("×")
                            .on_hover_text(tr!(
                                context.lang,
                                "filter-delete-view-hint",
                                name = view.name.as_str()
                            ))
                            .clicked()
                        {
                            commands.push(Command::DeleteView(index));
                        }
                    });
                });
            }
            let mut close = false;
            match &mut self.new_view_name {
                None => {
                    if ui.button(tr!(context.lang, "filter-save-view")).clicked() {
                        self.new_view_name = Some(context.view.name.clone());
                    }
                }
                Some(name) => {
                    let label = ui.label(tr!(context.lang, "filter-view-name"));
                    let response = ui
                        .add(egui::TextEdit::singleline(name).desired_width(f32::INFINITY))
                        .labelled_by(label.id);
                    let entered =
                        response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    let valid = !name.trim().is_empty();
                    ui.horizontal(|ui| {
                        let save = ui
                            .add_enabled(valid, egui::Button::new(tr!(context.lang, "filter-save")))
                            .clicked();
                        if valid && (save || entered) {
                            commands.push(Command::SaveView(name.trim().to_owned()));
                            close = true;
                        } else if ui.button(tr!(context.lang, "filter-cancel")).clicked() {
                            close = true;
                        }
                    });
                }
            }
            if close {
                self.new_view_name = None;
            }
        });
        ui.add_space(4.0);
    }

    fn facet_ui(
        &mut self,
        ui: &mut egui::Ui,
        context: &ViewContext<'_>,
        facet: Facet,
        filter: &mut Filter,
    ) {
        let table = &context.dataset.projects;
        let Some(column) = table.category(facet.field()) else {
            return;
        };
        let chosen = filter.values(facet).len();
        // A file without the field (or, for size bands, without amounts) has nothing to filter on.
        let source_field = if facet == Facet::SizeBand {
            Field::ContractedUsdM
        } else {
            facet.field()
        };
        if chosen == 0
            && (column.labels().is_empty() || table.absent_fields.contains(&source_field))
        {
            return;
        }
        let counts = context.derived.facets.counts(facet);
        let title = if chosen > 0 {
            tr!(
                context.lang,
                "filter-facet-selected",
                facet = labels::field_title(facet.field(), context.lang),
                n = chosen
            )
        } else {
            labels::field_title(facet.field(), context.lang)
        };
        let id = ui.make_persistent_id(("facet", facet));
        let state = egui::collapsing_header::CollapsingState::load_with_default_open(
            ui.ctx(),
            id,
            matches!(facet, Facet::Sector | Facet::District),
        );
        let order = &mut self.facet_order[facet as usize];
        let reopened = state.is_open() && !order.was_open;
        order.was_open = state.is_open();
        state
            .show_header(ui, |ui| {
                ui.label(egui::RichText::new(title).strong());
                if chosen > 0 {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                        if ui
                            .small_button(tr!(context.lang, "filter-clear"))
                            .on_hover_text(tr!(
                                context.lang,
                                "filter-clear-facet-hint",
                                facet =
                                    labels::field_title(facet.field(), context.lang).to_lowercase()
                            ))
                            .clicked()
                        {
                            filter.values_mut(facet).clear();
                        }
                    });
                }
            })
            .body(|ui| {
                let labels = column.labels();
                let search = &mut self.facet_search[facet as usize];
                if labels.len() > FACET_SEARCH_THRESHOLD {
                    let hint = tr!(
                        context.lang,
                        "filter-find",
                        facet = labels::field_title(facet.field(), context.lang).to_lowercase()
                    );
                    ui.add(
                        egui::TextEdit::singleline(search)
                            .hint_text(hint)
                            .desired_width(f32::INFINITY),
                    );
                }
                let needle = search.trim().to_lowercase();
                let matches = |code: &u32| {
                    needle.is_empty() || labels[*code as usize].to_lowercase().contains(&needle)
                };
                // Size bands keep their natural order; the others are ranked by count, largest first, when the
                // facet opens (or another file does) and on request, not on every tick.
                let order = &mut self.facet_order[facet as usize];
                let ranked = facet != Facet::SizeBand;
                if ranked && (reopened || order.labels_key != labels_key(labels)) {
                    order.rank(labels, counts);
                }
                let natural: Vec<u32>;
                let base: &[u32] = if ranked {
                    &order.codes
                } else {
                    natural = (0..labels.len() as u32).collect();
                    &natural
                };
                let matching = base.iter().filter(|code| matches(code)).count();
                let hidden = matching.saturating_sub(FACET_LISTED);
                let codes: Vec<u32> = base
                    .iter()
                    .copied()
                    .filter(matches)
                    .take(FACET_LISTED)
                    .collect();
                let count = |c: u32| counts.get(c as usize).copied().unwrap_or(0);
                let stale = ranked && codes.windows(2).any(|w| count(w[0]) < count(w[1]));
                if stale
                    && ui
                        .small_button(tr!(context.lang, "filter-rerank"))
                        .on_hover_text(tr!(context.lang, "filter-rerank-hint"))
                        .clicked()
                {
                    order.rank(labels, counts);
                }
                let shown = |value: &str| {
                    labels::value_label(context.dataset, facet.field(), value, context.lang)
                        .into_owned()
                };
                value_rows_ui(ui, labels, &codes, counts, filter.values_mut(facet), &shown);
                let missing = context.derived.facets.missing(facet);
                missing_row_ui(ui, context.lang, missing, filter.values_mut(facet));
                if hidden > 0 {
                    ui.weak(tr!(context.lang, "filter-more", n = hidden));
                }
            });
    }
}

/// One check box per value, with its live count right-aligned; long names truncate (the full name on hover).
fn value_rows_ui(
    ui: &mut egui::Ui,
    labels: &[String],
    codes: &[u32],
    counts: &[u32],
    selected: &mut BTreeSet<String>,
    shown: &dyn Fn(&str) -> String,
) {
    for &code in codes {
        let count = counts.get(code as usize).copied().unwrap_or(0);
        let label = &labels[code as usize];
        value_row_ui(ui, label, &shown(label), count, selected);
    }
}

/// The "(not stated)" choice under a facet's values: the rows with no value, when there are any (or it is
/// ticked), so that a breakdown's "(not stated)" group can be filtered to from here as well.
fn missing_row_ui(ui: &mut egui::Ui, lang: Lang, count: u32, selected: &mut BTreeSet<String>) {
    if count > 0 || selected.contains(MISSING_NAME) {
        let shown = format!("({})", tr!(lang, "data-not-stated"));
        value_row_ui(ui, MISSING_NAME, &shown, count, selected);
    }
}

/// One value's checkbox: `label` is the value as stored (what the filter holds), `shown` how the reader sees it.
fn value_row_ui(
    ui: &mut egui::Ui,
    label: &str,
    shown: &str,
    count: u32,
    selected: &mut BTreeSet<String>,
) {
    let mut checked = selected.contains(label);
    ui.horizontal(|ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.weak(format::count(count as usize));
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
                let response = ui
                    .add_enabled(
                        count > 0 || checked,
                        egui::Checkbox::new(&mut checked, shown),
                    )
                    .on_hover_text(shown);
                if response.changed() {
                    if checked {
                        selected.insert(label.to_owned());
                    } else {
                        selected.remove(label);
                    }
                }
            });
        });
    });
}

/// A facet on one of the file's own category columns (a plain table's region, a grade…).
fn extra_facet_ui(
    ui: &mut egui::Ui,
    context: &ViewContext<'_>,
    index: usize,
    name: &str,
    category: &CategoryColumn,
    filter: &mut Filter,
) {
    let counts = context.derived.facets.extra_counts(index);
    let labels = category.labels();
    let mut codes: Vec<u32> = (0..labels.len() as u32).collect();
    codes.sort_by(|&a, &b| {
        let count = |c: u32| counts.get(c as usize).copied().unwrap_or(0);
        count(b)
            .cmp(&count(a))
            .then_with(|| labels[a as usize].cmp(&labels[b as usize]))
    });
    let selected = filter.columns.entry(name.to_owned()).or_default();
    let title = if selected.is_empty() {
        name.to_owned()
    } else {
        tr!(
            context.lang,
            "filter-facet-selected",
            facet = name,
            n = selected.len()
        )
    };
    egui::CollapsingHeader::new(egui::RichText::new(title).strong())
        .id_salt(("extra_facet", index))
        .default_open(true)
        .show(ui, |ui| {
            if !selected.is_empty() && ui.small_button(tr!(context.lang, "filter-clear")).clicked()
            {
                selected.clear();
            }
            value_rows_ui(ui, labels, &codes, counts, selected, &|value| {
                value.to_owned()
            });
        });
    // An emptied facet leaves no trace, so the filter compares equal to one that never had it.
    if filter.columns.get(name).is_some_and(BTreeSet::is_empty) {
        filter.columns.remove(name);
    }
}

/// The search box's id, so Ctrl+F can focus it.
pub fn search_id() -> egui::Id {
    egui::Id::unique("filter_search")
}

fn search_ui(ui: &mut egui::Ui, lang: Lang, search: &mut String) {
    let label = ui.label(tr!(lang, "filter-panel-search"));
    ui.add(
        egui::TextEdit::singleline(search)
            .id(search_id())
            .hint_text(tr!(lang, "filter-search-hint"))
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
}

fn year_range_ui(ui: &mut egui::Ui, context: &ViewContext<'_>, filter: &mut Filter) {
    let Some((min_year, max_year)) = context.derived.year_span else {
        return;
    };
    ui.add_space(6.0);
    ui.label(egui::RichText::new(tr!(context.lang, "filter-panel-years")).strong());
    ui.horizontal(|ui| {
        let mut from = filter.year_from.unwrap_or(min_year);
        let mut to = filter.year_to.unwrap_or(max_year);
        let from_label = ui.label(tr!(context.lang, "filter-from"));
        let from_changed = ui
            .add(egui::DragValue::new(&mut from).range(min_year..=max_year))
            .labelled_by(from_label.id)
            .changed();
        let to_label = ui.label(tr!(context.lang, "filter-to"));
        let to_changed = ui
            .add(egui::DragValue::new(&mut to).range(min_year..=max_year))
            .labelled_by(to_label.id)
            .changed();
        if from_changed {
            filter.year_from = (from != min_year).then_some(from);
            filter.year_to = filter.year_to.map(|t| t.max(from));
        }
        if to_changed {
            filter.year_to = (to != max_year).then_some(to);
            filter.year_from = filter.year_from.map(|f| f.min(to));
        }
        if (filter.year_from.is_some() || filter.year_to.is_some())
            && ui.small_button(tr!(context.lang, "filter-clear")).clicked()
        {
            filter.year_from = None;
            filter.year_to = None;
        }
    });
}

/// The bounds are in the currency the window shows when they are typed, in its column unit (CNY m, 万元, 億港元…),
/// and then keep that currency: switching the display currency leaves them as they were, with the title naming
/// their currency. A consultant asked for "deals of at least CNY 100 m" and then shows the same list in US dollars
/// expects the same list; converting the bounds instead could not keep it (each row converts at its own year's
/// rate, so no one converted bound selects the same rows) and would turn round numbers into odd ones. Cleared,
/// the bounds follow the display currency again.
fn amount_range_ui(ui: &mut egui::Ui, lang: Lang, filter: &mut Filter, shown: MoneyFormat) {
    ui.add_space(6.0);
    let bounds = bounds_format(filter, shown);
    ui.label(egui::RichText::new(amount_title(lang, bounds)).strong())
        .on_hover_text(tr!(
            lang,
            "filter-amount-hint",
            currency = bounds.currency.code()
        ));
    if bounds.currency != shown.currency {
        ui.weak(tr!(
            lang,
            "filter-amount-kept",
            bounds = bounds.currency.code(),
            shown = shown.currency.code()
        ));
    }
    let mut range = (filter.min_amount_m, filter.max_amount_m);
    let mut changed = false;
    ui.horizontal(|ui| {
        for (caption, bound) in [
            (tr!(lang, "filter-min"), &mut range.0),
            (tr!(lang, "filter-max"), &mut range.1),
        ] {
            let label = ui.label(caption);
            let mut value = bound.map_or(0.0, |millions| bounds.scaled_in(lang, millions));
            let decimals = bounds.column_decimals(lang);
            let response = ui
                .add(
                    egui::DragValue::new(&mut value)
                        .range(0.0..=bounds.scaled_in(lang, 10_000_000.0))
                        // About a million per pixel dragged, in every unit.
                        .speed(bounds.scaled_in(lang, 1.0))
                        .custom_formatter(|v, _| {
                            if v == 0.0 {
                                tr!(lang, "filter-any-amount")
                            } else {
                                format::thousands(v, decimals)
                            }
                        })
                        // What the formatter writes reads back: "12,500" as well as "12500".
                        .custom_parser(|text| {
                            let plain: String = text
                                .chars()
                                .filter(|c| !matches!(c, ',' | '，' | ' '))
                                .collect();
                            plain.parse().ok()
                        }),
                )
                .labelled_by(label.id);
            if response.changed() {
                *bound = (value > 0.0).then(|| bounds.millions_in(lang, value));
                changed = true;
            }
        }
    });
    if changed {
        filter.set_amount_range(range.0, range.1, bounds.currency);
    }
}

/// The money format of the bounds: their own currency once set, else the one shown; the scale shown.
fn bounds_format(filter: &Filter, shown: MoneyFormat) -> MoneyFormat {
    MoneyFormat {
        currency: if filter.has_amount_range() {
            filter.amount_currency
        } else {
            shown.currency
        },
        scale: shown.scale,
    }
}

/// "Contracted amount (CNY m)", "合同外资（万元）": the title names the unit the bounds are typed in.
fn amount_title(lang: Lang, bounds: MoneyFormat) -> String {
    tr!(lang, "filter-amount", unit = bounds.unit_in(lang))
}

fn liangjiang_ui(ui: &mut egui::Ui, lang: Lang, filter: &mut Filter) {
    ui.add_space(6.0);
    ui.label(egui::RichText::new(tr!(lang, "data-liangjiang")).strong())
        .on_hover_text(tr!(lang, "filter-liangjiang-hint"));
    ui.horizontal(|ui| {
        ui.selectable_value(&mut filter.in_liangjiang, None, tr!(lang, "filter-any"));
        ui.selectable_value(
            &mut filter.in_liangjiang,
            Some(true),
            tr!(lang, "filter-inside"),
        );
        ui.selectable_value(
            &mut filter.in_liangjiang,
            Some(false),
            tr!(lang, "filter-outside"),
        );
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::{Currency, Scale};

    #[test]
    fn the_amount_title_names_the_unit_of_the_bounds_in_every_language() {
        let shown = |currency, scale| MoneyFormat { currency, scale };
        let cny = shown(Currency::Cny, Scale::Auto);
        let unbounded = Filter::default();
        let title = |lang, filter: &Filter, shown| amount_title(lang, bounds_format(filter, shown));
        assert_eq!(
            title(Lang::En, &unbounded, cny),
            "Contracted amount (CNY m)"
        );
        assert_eq!(title(Lang::ZhHans, &unbounded, cny), "合同外资（万元）");
        assert_eq!(
            title(Lang::ZhHant, &unbounded, cny),
            "合同外資（萬元人民幣）"
        );
        let hkd_yi = shown(Currency::Hkd, Scale::Yi);
        assert_eq!(
            title(Lang::ZhHans, &unbounded, hkd_yi),
            "合同外资（亿港元）"
        );
        assert_eq!(
            title(Lang::En, &unbounded, hkd_yi),
            "Contracted amount (亿港元)"
        );
        // Bounds set in CNY keep CNY when the window shows US dollars.
        let mut in_cny = Filter::default();
        in_cny.set_amount_range(Some(500.0), None, Currency::Cny);
        let usd = shown(Currency::Usd, Scale::Auto);
        assert_eq!(title(Lang::En, &in_cny, usd), "Contracted amount (CNY m)");
        assert_eq!(
            title(Lang::En, &unbounded, usd),
            "Contracted amount (USD m)"
        );
        // What is typed in 万 is stored in millions, exactly.
        let wan = bounds_format(&unbounded, cny);
        assert_eq!(wan.millions_in(Lang::ZhHans, 5000.0), 50.0);
        assert_eq!(wan.millions_in(Lang::En, 5000.0), 5000.0);
    }
}

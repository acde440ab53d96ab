//! The active filters as removable chips above the content: one click removes one constraint.

use super::filter_panel::facet_title;
use crate::command::Command;
use crate::query::{Facet, Filter};

/// One chip: what it says, and the filter without it.
pub struct Chip {
    pub text: String,
    pub without: Filter,
}

/// Every active constraint of `filter` as a chip.
pub fn chips(filter: &Filter) -> Vec<Chip> {
    let mut chips = Vec::new();
    if !filter.search.trim().is_empty() {
        chips.push(Chip {
            text: format!("Search: {}", filter.search.trim()),
            without: Filter {
                search: String::new(),
                ..filter.clone()
            },
        });
    }
    for facet in Facet::ALL {
        for value in filter.values(facet) {
            let mut without = filter.clone();
            without.values_mut(facet).remove(value);
            chips.push(Chip {
                text: format!("{}: {value}", facet_title(facet)),
                without,
            });
        }
    }
    for (column, values) in &filter.columns {
        for value in values {
            let mut without = filter.clone();
            if let Some(values) = without.columns.get_mut(column) {
                values.remove(value);
                if values.is_empty() {
                    without.columns.remove(column);
                }
            }
            chips.push(Chip {
                text: format!("{column}: {value}"),
                without,
            });
        }
    }
    if filter.year_from.is_some() || filter.year_to.is_some() {
        let text = match (filter.year_from, filter.year_to) {
            (Some(from), Some(to)) if from == to => format!("Year: {from}"),
            (Some(from), Some(to)) => format!("Years: {from}–{to}"),
            (Some(from), None) => format!("Years: from {from}"),
            (None, Some(to)) => format!("Years: to {to}"),
            (None, None) => String::new(),
        };
        chips.push(Chip {
            text,
            without: Filter {
                year_from: None,
                year_to: None,
                ..filter.clone()
            },
        });
    }
    if filter.min_usd_m.is_some() || filter.max_usd_m.is_some() {
        let text = match (filter.min_usd_m, filter.max_usd_m) {
            (Some(min), Some(max)) => format!("Contracted: USD {min}–{max} m"),
            (Some(min), None) => format!("Contracted: ≥ USD {min} m"),
            (None, Some(max)) => format!("Contracted: ≤ USD {max} m"),
            (None, None) => String::new(),
        };
        chips.push(Chip {
            text,
            without: Filter {
                min_usd_m: None,
                max_usd_m: None,
                ..filter.clone()
            },
        });
    }
    if let Some(inside) = filter.in_liangjiang {
        chips.push(Chip {
            text: if inside {
                "In Liangjiang"
            } else {
                "Outside Liangjiang"
            }
            .to_owned(),
            without: Filter {
                in_liangjiang: None,
                ..filter.clone()
            },
        });
    }
    chips
}

/// Draws the chips; clicking one pushes the filter without it.
pub fn chips_ui(ui: &mut egui::Ui, filter: &Filter, commands: &mut Vec<Command>) {
    let chips = chips(filter);
    if chips.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.weak("Filters:");
        for chip in chips {
            let button = egui::Button::new(format!("{}  ×", chip.text))
                .corner_radius(10.0)
                .fill(ui.visuals().selection.bg_fill.gamma_multiply(0.35));
            if ui.add(button).on_hover_text("Remove this filter").clicked() {
                commands.push(Command::SetFilter(chip.without));
            }
        }
    });
}

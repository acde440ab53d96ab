//! Engine work split between the cores: the filter's parts of a table, the group-by's pieces of a selection.

/// Runs `work` on every item of `items` and returns the results in the items' order. Items are dealt out in
/// runs, one run per core (at most eight), the first on this thread; a run whose thread cannot be started is
/// worked on here, and a panic in a run is re-raised here.
pub fn map_in_order<I: Sync, T: Send>(
    items: &[I],
    thread_name: &str,
    work: impl Fn(&I) -> T + Sync,
) -> Vec<T> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let runs = items.len().min(cores).clamp(1, 8);
    if runs == 1 {
        return items.iter().map(&work).collect();
    }
    let per_run = items.len().div_ceil(runs);
    std::thread::scope(|scope| {
        let work = &work;
        let mut runs = items.chunks(per_run);
        let first = runs.next().unwrap_or_default();
        let others: Vec<_> = runs
            .map(|run| {
                let spawned = std::thread::Builder::new()
                    .name(thread_name.to_owned())
                    .spawn_scoped(scope, move || run.iter().map(work).collect::<Vec<T>>());
                (run, spawned)
            })
            .collect();
        let mut results: Vec<T> = first.iter().map(work).collect();
        for (run, spawned) in others {
            match spawned {
                Ok(thread) => results.extend(
                    thread
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                ),
                Err(_) => results.extend(run.iter().map(work)),
            }
        }
        results
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_the_items_order_whatever_the_runs() {
        for len in [0, 1, 2, 3, 7, 8, 9, 100] {
            let items: Vec<usize> = (0..len).collect();
            let squares = map_in_order(&items, "test", |n| n * n);
            assert_eq!(squares, items.iter().map(|n| n * n).collect::<Vec<_>>());
        }
    }
}

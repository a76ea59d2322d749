import { useCallback, useEffect, useRef, useState } from "react";
import * as api from "../../api";
import { RowPages, toQuery, type BoardFilters } from "../../board";
import { useRevision } from "../../state";

export interface BoardRows {
  pages: RowPages<api.ShipmentRow> | null;
  pagesRef: React.RefObject<RowPages<api.ShipmentRow> | null>;
  timing: { server: number; screen: number } | null;
  error: string;
  /**
   * The rows on screen answer an earlier filter: the new filter's answer is on its way. Until it
   * comes they are not the rows the filter asks for (a cancelled box under 발주확인).
   */
  stale: boolean;
  /** Fetches the pages rows [first, last] need that are neither loaded nor on their way. */
  fetchRange: (first: number, last: number) => void;
}

/**
 * The board's rows for a filter: the first page at once, the others as the user scrolls. The
 * rows are read again when the filter changes and when the state says the shipments changed.
 */
export function useBoardRows(filters: BoardFilters): BoardRows {
  const [pages, setPages] = useState<RowPages<api.ShipmentRow> | null>(null);
  const [timing, setTiming] = useState<{ server: number; screen: number } | null>(null);
  const [error, setError] = useState("");
  const [answered, setAnswered] = useState("");
  const revision = useRevision("shipments");
  const generation = useRef(0);
  const pagesRef = useRef<RowPages<api.ShipmentRow> | null>(null);
  pagesRef.current = pages;
  const filterKey = JSON.stringify(filters);
  const filtersRef = useRef(filters);
  filtersRef.current = filters;

  const load = useCallback(() => {
    const gen = ++generation.current;
    const started = performance.now();
    const asked = JSON.stringify(filtersRef.current);
    api.listShipments(toQuery(filtersRef.current)).then(
      (p) => {
        if (gen !== generation.current) return; // a newer filter is on its way
        setPages(new RowPages(p.total, p.rows));
        setAnswered(asked);
        setTiming({ server: p.tookMs, screen: performance.now() - started });
        setError("");
      },
      (e) => {
        if (gen !== generation.current) return;
        // The rows on screen answer the filter before; under the error they would pass for its answer.
        setPages(null);
        setTiming(null);
        setError(api.errorText(e));
      },
    );
  }, []);

  useEffect(() => {
    const t = setTimeout(load, filtersRef.current.text ? 120 : 0); // debounce typing in the search box
    return () => clearTimeout(t);
  }, [load, filterKey, revision]);

  const fetchRange = useCallback((first: number, last: number) => {
    const p = pagesRef.current;
    if (!p) return;
    const gen = generation.current;
    for (const offset of p.missing(first, last)) {
      p.request(offset);
      api.listShipments(toQuery(filtersRef.current, offset)).then(
        (res) => {
          if (gen !== generation.current) return;
          setPages((cur) => (cur ? cur.with(offset, res.rows) : cur));
        },
        (e) => {
          p.failed(offset);
          setError(api.errorText(e));
        },
      );
    }
  }, []);

  return { pages, pagesRef, timing, error, fetchRange, stale: pages !== null && answered !== filterKey };
}

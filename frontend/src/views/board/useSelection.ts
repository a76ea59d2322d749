import { useCallback, useEffect, useRef, useState } from "react";
import * as api from "../../api";
import { isAllSelected, RowPages, selectRange, toggleKey, toQuery, type AllSelected, type BoardFilters } from "../../board";

/**
 * The board's selection, keyboard cursor and shift-range anchor. The cursor and the anchor follow
 * a shipment (its key), not a row index: when new orders arrive on top, the rows move down and the
 * cursor moves with its shipment. Select-all takes the whole filtered result from Go; any later
 * change by hand makes it an ordinary selection again.
 */
export function useSelection(filters: BoardFilters, pagesRef: React.RefObject<RowPages<api.ShipmentRow> | null>, total: number, onError: (e: string) => void) {
  const [cursorKey, setCursorKey] = useState("");
  const [anchorKey, setAnchorKey] = useState("");
  const [selected, setSelectedKeys] = useState<Set<string>>(new Set());
  const [allOf, setAllOf] = useState<AllSelected | null>(null);
  const filterKey = JSON.stringify(filters);
  const filterKeyRef = useRef(filterKey);
  filterKeyRef.current = filterKey;

  const setSelected = useCallback((next: React.SetStateAction<Set<string>>) => {
    setAllOf(null);
    setSelectedKeys(next);
  }, []);
  useEffect(() => {
    setCursorKey("");
    setAnchorKey("");
  }, [filterKey]);

  const keyAt = useCallback((i: number) => pagesRef.current?.row(i)?.key, [pagesRef]);
  const indexOf = useCallback((key: string) => pagesRef.current?.indexOf(key) ?? -1, [pagesRef]);

  /** Shift extends from the anchor; otherwise the click moves the cursor and the anchor. */
  const rangeTo = (index: number) => setSelected((s) => selectRange(s, keyAt, indexOf(anchorKey), index));
  const toggle = (key: string) => setSelected((s) => toggleKey(s, key));

  const selectAll = () => {
    const key = filterKey;
    api.shipmentKeys(toQuery(filters)).then(
      (keys) => {
        if (key !== filterKeyRef.current) return; // the filter changed meanwhile
        setSelectedKeys(new Set(keys));
        setAllOf({ filterKey: key, count: keys.length });
      },
      (e) => onError(api.errorText(e)),
    );
  };
  const allSelected = isAllSelected(allOf, filterKey, total, selected.size);

  return { cursorKey, setCursorKey, anchorKey, setAnchorKey, selected, setSelected, keyAt, indexOf, rangeTo, toggle, selectAll, allSelected };
}

export type Selection = ReturnType<typeof useSelection>;

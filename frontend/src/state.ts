// The one state module of the page. It subscribes to Go's events once (start) and keeps what the
// views share: the overview (counters, badge, marketplaces), the label tables, the held shipments,
// the couriers, each marketplace's sync log and progress, the notices and the board's filter.
// Views read it through the hooks below and never subscribe to Go themselves. Data only one view
// shows (the board's page of rows, the drawer's shipment) is reloaded by that view when
// useRevision("shipments") moves.
import { useEffect, useSyncExternalStore } from "react";
import * as api from "./api";
import { emptyFilters, newlyBlocked, queryExtras, type BoardFilters } from "./board";
import { notifyBlocked, notifyDeadline } from "./notify";
import { autoAckNotice, type Tone } from "./outcome";

/** What a Go event can make stale. */
export type Topic = "shipments" | "sync" | "settings" | "digital";

/** The topics each Go event touches. */
export const eventTopics: Record<api.EventName, readonly Topic[]> = {
  [api.events.shipmentsChanged]: ["shipments"],
  [api.events.findingsAdded]: ["shipments"],
  [api.events.syncStarted]: [],
  [api.events.syncProgress]: [],
  [api.events.syncFinished]: ["sync"],
  [api.events.settingsChanged]: ["settings"],
  [api.events.autoAcknowledged]: ["shipments"],
  // a digital run mailed or dispatched: the 디지털 발송 screen and the board's badges
  [api.events.digitalChanged]: ["digital", "shipments"],
  [api.events.digitalLowStock]: ["digital"],
};

/** Data the state keeps: how to load it, which topics make it stale, what to do once loaded. */
export interface Resource<T> {
  key: string;
  load: () => Promise<T>;
  topics: readonly Topic[];
  loaded?: (value: T) => void;
}

export interface Notice {
  id: number;
  tone: Tone;
  text: string;
}

export interface Snapshot {
  readonly values: Readonly<Record<string, unknown>>;
  readonly errors: Readonly<Record<string, string>>;
  /** Counts the changes per topic; a view reloads its own data when it moves. */
  readonly revision: Readonly<Record<Topic, number>>;
  /** The running sync of each marketplace (sync:progress), absent when none runs. */
  readonly progress: Readonly<Record<string, api.SyncProgress | undefined>>;
  readonly notices: readonly Notice[];
  readonly board: BoardFilters;
}

interface Slot {
  res: Resource<unknown>;
  users: number;
  pending: Promise<unknown> | null;
  again: boolean;
  stale: boolean;
}

const initial: Snapshot = {
  values: {},
  errors: {},
  revision: { shipments: 0, sync: 0, settings: 0, digital: 0 },
  progress: {},
  notices: [],
  board: emptyFilters,
};

export class DeskState {
  private snap: Snapshot = initial;
  private slots = new Map<string, Slot>();
  private listeners = new Set<() => void>();
  private offs: (() => void)[] = [];
  private nextNotice = 1;

  readonly subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  readonly get = (): Snapshot => this.snap;

  private set(patch: Partial<Snapshot>): void {
    this.snap = { ...this.snap, ...patch };
    this.listeners.forEach((l) => l());
  }

  /** Subscribes to every Go event, once, and keeps the held shipments watched; returns stop. */
  start(): () => void {
    if (this.offs.length === 0) {
      for (const name of Object.values(api.events)) this.offs.push(api.onEvent(name, (d) => this.heard(name, d)));
      this.offs.push(this.use(held), this.use(deadline));
      // Deadlines come nearer without any event: ask again every minute.
      const tick = setInterval(() => this.fetch(this.slot(deadline)), 60_000);
      this.offs.push(() => clearInterval(tick));
    }
    return () => this.stop();
  }

  /** Ends the subscriptions (logout); everything kept is reloaded on next use. */
  stop(): void {
    this.offs.forEach((off) => off());
    this.offs = [];
    this.slots.forEach((s) => (s.stale = true));
    this.seenHeld = null;
    this.dueNotified = 0;
  }

  private heard(name: api.EventName, data: unknown): void {
    const d = (data ?? {}) as { market?: string };
    if (name === api.events.syncStarted && d.market) {
      this.set({ progress: { ...this.snap.progress, [d.market]: { market: d.market, phase: "", fetched: 0, added: 0, changed: 0, calls: 0 } } });
    } else if (name === api.events.syncProgress && d.market) {
      this.set({ progress: { ...this.snap.progress, [d.market]: data as api.SyncProgress } });
    } else if (name === api.events.syncFinished && d.market) {
      this.set({ progress: { ...this.snap.progress, [d.market]: undefined } });
    } else if (name === api.events.autoAcknowledged) {
      const n = autoAckNotice(data as api.AutoAcknowledged);
      if (n) this.notify(n.tone, n.text);
    } else if (name === api.events.digitalLowStock) {
      for (const w of (data ?? []) as api.StockWarning[]) this.notify("warn", w.message);
    }
    this.invalidate(eventTopics[name] ?? []);
  }

  /** Marks the topics changed: data in use is reloaded, the rest when it is next used. */
  invalidate(topics: readonly Topic[]): void {
    if (topics.length === 0) return;
    const revision = { ...this.snap.revision };
    for (const t of topics) revision[t]++;
    this.set({ revision });
    for (const slot of this.slots.values()) {
      if (!slot.res.topics.some((t) => topics.includes(t))) continue;
      if (slot.users > 0) this.fetch(slot);
      else slot.stale = true;
    }
  }

  /** Starts using a resource (loading it when missing or stale); returns the function that stops. */
  use<T>(res: Resource<T>): () => void {
    const slot = this.slot(res);
    slot.users++;
    if (slot.stale) this.fetch(slot);
    let done = false;
    return () => {
      if (!done) slot.users--;
      done = true;
    };
  }

  /** The value of a resource, loading it once if it is not there yet. */
  ensure<T>(res: Resource<T>): Promise<T> {
    if (res.key in this.snap.values) return Promise.resolve(this.snap.values[res.key] as T);
    const stop = this.use(res);
    const p = this.slot(res).pending ?? res.load();
    return (p as Promise<T>).finally(stop);
  }

  private slot<T>(res: Resource<T>): Slot {
    let slot = this.slots.get(res.key);
    if (!slot) {
      slot = { res: res as Resource<unknown>, users: 0, pending: null, again: false, stale: true };
      this.slots.set(res.key, slot);
    }
    return slot;
  }

  // One request per resource at a time: a change heard meanwhile asks for one more afterwards.
  private fetch(slot: Slot): void {
    if (slot.pending) {
      slot.again = true;
      return;
    }
    slot.stale = false;
    slot.again = false;
    const key = slot.res.key;
    const p = slot.res.load();
    slot.pending = p;
    p.then(
      (v) => {
        this.set({ values: { ...this.snap.values, [key]: v }, errors: { ...this.snap.errors, [key]: "" } });
        slot.res.loaded?.(v);
      },
      (e) => this.set({ errors: { ...this.snap.errors, [key]: api.errorText(e) } }),
    ).finally(() => {
      slot.pending = null;
      if (slot.again) this.fetch(slot);
    });
  }

  notify(tone: Tone, text: string): void {
    this.set({ notices: [...this.snap.notices, { id: this.nextNotice++, tone, text }] });
  }
  dismiss(id: number): void {
    this.set({ notices: this.snap.notices.filter((n) => n.id !== id) });
  }
  setBoard(patch: Partial<BoardFilters>): void {
    this.set({ board: { ...this.snap.board, ...patch } });
  }

  // New blocking findings: a notification once per shipment; the first look only learns what is there.
  private seenHeld: Set<string> | null = null;
  watchHeld(p: api.ShipmentPage): void {
    if (this.seenHeld) {
      const fresh = newlyBlocked(this.seenHeld, p.rows);
      const first = p.rows.find((r) => r.key === fresh[0]);
      if (fresh.length > 0) notifyBlocked(fresh.length, first ? `${first.marketLabel} ${first.receiverName} ${first.findings.map((f) => f.label).join("·")}` : "");
    }
    this.seenHeld = new Set(p.rows.map((r) => r.key));
  }

  // The 발송기한 warning: a notification when more boxes come near their deadline than last told.
  private dueNotified = 0;
  watchDeadline(a: api.DeadlineAlert): void {
    if (a.count > this.dueNotified && a.message) notifyDeadline(a.message);
    this.dueNotified = a.count;
  }
}

/** The state of this page. */
export const state = new DeskState();

const memo = new Map<string, Resource<unknown>>();
/** A resource made once per key, so hooks can depend on it. */
function resource<T>(key: string, load: () => Promise<T>, topics: readonly Topic[], loaded?: (v: T) => void): Resource<T> {
  let r = memo.get(key);
  if (!r) {
    r = { key, load, topics, loaded } as Resource<unknown>;
    memo.set(key, r);
  }
  return r as Resource<T>;
}

const query = (patch: Partial<api.ShipmentQuery>): api.ShipmentQuery => ({
  markets: [], statuses: [], findings: [], blockedOnly: false, from: "", to: "", text: "", offset: 0, limit: 500, ...queryExtras, ...patch,
});

export const overview = resource("overview", api.overview, ["shipments", "sync", "settings"]);
export const labels = resource("labels", api.labels, []);
/** The held shipments (blocking findings): 알림 and the desktop notification. */
export const held = resource("held", () => api.listShipments(query({ blockedOnly: true, limit: 1000 })), ["shipments"], (p) => state.watchHeld(p));
/** Shipments still to ship with a warning only: 알림's 포장 주의. */
export const careful = resource(
  "careful",
  async () => {
    const l = await state.ensure(labels);
    const p = await api.listShipments(
      query({ findings: l.findings.map((f) => f.value), statuses: l.statuses.filter((s) => s.toShip).map((s) => s.value) }),
    );
    return p.rows.filter((r) => r.warned && !r.blocked);
  },
  ["shipments"],
);
export const couriers = resource("couriers", api.couriers, []);
/** The saved settings as the UI may see them (secrets masked): the 판매 취소 form's WING login id. */
export const settings = resource("settings", api.getSettings, ["settings"]);
/** The 발송기한 warning: 오늘 할 일's badge and the desktop notification. */
export const deadline = resource("deadline", api.deadlineAlert, ["shipments", "settings"], (a) => state.watchDeadline(a));
export const trackingCouriers = resource("trackingCouriers", api.trackingCouriers, []);
/** The open claims of both marketplaces (클레임). */
export const claims = resource("claims", () => api.openClaims(""), ["shipments"]);
export const claimChoices = resource("claimChoices", api.claimChoices, []);
/** Digital goods: the status head, the deliveries, the settings and (demo) the caught mails. */
export const digitalStatus = resource("digitalStatus", api.digitalStatus, ["digital", "settings"]);
export const deliveries = resource("deliveries", api.deliveries, ["digital"]);
export const digitalSettings = resource("digitalSettings", api.digitalSettings, ["digital"]);
export const mailbox = resource("mailbox", api.mailbox, ["digital"]);
export const syncLog = (market: string) => resource("syncLog:" + market, () => api.syncLog(market), ["sync"]);

/** A part of the state; the view renders again only when that part changes. */
export function useSelect<T>(select: (s: Snapshot) => T): T {
  return useSyncExternalStore(state.subscribe, () => select(state.get()));
}

/** A resource's value (undefined until loaded) and its error, kept fresh while the view shows it. */
export function useResource<T>(res: Resource<T>): { value: T | undefined; error: string } {
  useEffect(() => state.use(res), [res]);
  const value = useSelect((s) => s.values[res.key] as T | undefined);
  const error = useSelect((s) => s.errors[res.key] ?? "");
  return { value, error };
}

export const useLabels = (): api.Labels | undefined => useResource(labels).value;
export const useRevision = (topic: Topic): number => useSelect((s) => s.revision[topic]);

// The one API client of the SellerDesk frontend. Both doors expose the same surface: the desktop
// webview gets window.go / window.runtime from Wails, the browser gets them from
// /sellerdesk-bridge.js. Everything the screens need from Go goes through this module.
import * as Claims from "./wailsjs/go/answers/Claims";
import * as Digital from "./wailsjs/go/app/Digital";
import * as Lists from "./wailsjs/go/app/Lists";
import * as Maintenance from "./wailsjs/go/app/Maintenance";
import * as Orders from "./wailsjs/go/app/Orders";
import * as Setup from "./wailsjs/go/app/Setup";
import * as Writes from "./wailsjs/go/app/Writes";
import * as Folders from "./wailsjs/go/folders/Folders";
import { app, connect, digital, fulfil, mail, mailcatcher, review, views } from "./wailsjs/go/models";
import { EventsOn } from "./wailsjs/runtime/runtime";
import { queryExtras } from "./board";

export type Overview = views.Overview;
export type ShipmentQuery = views.ShipmentQuery;
export type ShipmentPage = views.ShipmentPage;
export type ShipmentRow = views.ShipmentRow;
export type ShipmentDetail = views.ShipmentDetail;
export type SettingsView = app.SettingsView;
export type SettingsInput = app.SettingsInput;
export type SyncRunView = views.SyncRunView;
export type TextPart = views.TextPart;
export type LineView = views.LineView;
export type ReceiverView = views.ReceiverView;
export type FindingView = views.FindingView;
export type FindingAction = views.FindingAction;
export type ConnectionResult = app.ConnectionResult;
export type ConnectionCheck = connect.Check;
export type BackupView = app.BackupView;
export type RestorePlan = app.RestorePlan;
export type AckResult = fulfil.Outcome;
export type WriteItem = fulfil.Item;
export type CancelableLine = fulfil.CancelableLine;
export type PrintDoc = app.PrintDoc;
export type ExportResult = app.ExportResult;
export type DispatchResult = fulfil.Outcome;
export type TrackingImportView = fulfil.TrackingImportView;
export type CourierChoice = app.CourierChoice;
export type UnmatchedItemView = app.UnmatchedItemView;
export type LearnedNameView = app.LearnedNameView;
export type WriteCounts = fulfil.Counts;
export type Labels = views.Labels;
export type LabelOption = views.LabelOption;
export type PrintBatch = views.PrintBatch;
export type DeadlineAlert = views.DeadlineAlert;
export type OpenClaim = fulfil.OpenClaim;
/** The seller's answer as the screens write it (a plain object; answerClaims makes Go's). */
export type ClaimRequest = Omit<fulfil.ClaimRequest, "convertValues">;
export type RedeliveryBox = fulfil.RedeliveryBox;
export type BoxParcel = fulfil.BoxParcel;
export type ClaimChoices = fulfil.ClaimChoices;
export type DigitalSettingsView = digital.SettingsView;
export type DigitalSettings = digital.Settings;
export type DigitalProduct = digital.Product;
export type DigitalReport = digital.Report;
export type StockWarning = digital.StockWarning;
export type MailServer = mail.Server;
export type MailPreset = mail.Preset;
export type DeliveryView = digital.DeliveryView;
export type DigitalStatusView = digital.StatusView;
export type CodeImportView = digital.CodeImportView;
export type CodeStockView = digital.CodeStockView;
export type TestSendView = digital.TestSendView;
export type CaughtMail = mailcatcher.Shown;

export interface Session {
  loggedIn: boolean;
  passwordSet: boolean;
}

interface BrowserDoor {
  kind: "browser";
  session(): Promise<Session>;
  login(password: string, unlock?: string): Promise<Session>;
  setup(password: string, code?: string): Promise<Session>;
  logout(): Promise<void>;
}

declare global {
  interface Window {
    sellerdeskDoor?: BrowserDoor;
  }
}

/** Which door the page runs in. The desktop window needs no login. */
export function door(): "desktop" | "browser" {
  return typeof window !== "undefined" && window.sellerdeskDoor ? "browser" : "desktop";
}

/** In the desktop window, shows the folder the exports are saved in (폴더 열기); the browser door downloads instead and has no such call. */
export const openExportsFolder = (): Promise<void> => Folders.OpenExports();

/** Where the browser door serves a file the seller exported (GET /api/exports/{name}); "" in the desktop window, which keeps it in the data folder. */
export const exportDownloadURL = (fileName: string): string => (door() === "browser" && fileName ? "/api/exports/" + encodeURIComponent(fileName) : "");

/** In the browser door, downloads a file the seller just exported, so it reaches the PC in front of them. */
export function downloadExport(fileName: string): void {
  const url = exportDownloadURL(fileName);
  if (!url) return;
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** The Korean sentence to show for a failed call (Go already wrote it). */
export function errorText(e: unknown): string {
  if (typeof e === "string" && e.length > 0) return e;
  if (e instanceof Error && e.message) return e.message;
  return "처리 중 오류가 발생했습니다. 잠시 후 다시 시도하세요.";
}

export async function session(): Promise<Session> {
  const d = window.sellerdeskDoor;
  return d ? d.session() : { loggedIn: true, passwordSet: true };
}

/** Logs in to the browser door; unlock is the console's code during a lockout. */
export async function login(password: string, unlock = ""): Promise<Session> {
  const d = window.sellerdeskDoor;
  if (!d) return { loggedIn: true, passwordSet: true };
  return d.login(password, unlock);
}

/** Sets the first password; code is the one-time set-up code the running SellerDesk printed. */
export async function setupPassword(password: string, code: string): Promise<Session> {
  const d = window.sellerdeskDoor;
  if (!d) return { loggedIn: true, passwordSet: true };
  return d.setup(password, code);
}

/** Whether a refused login asks for the console's unlock code. */
export function wantsUnlock(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { unlock?: unknown }).unlock === true;
}

/** The set-up code carried in the address the console printed (…/#setup=XXXX-XXXX). */
export function setupCodeFromAddress(hash: string): string {
  const m = /(?:^#|&)setup=([A-Za-z0-9-]+)/.exec(hash);
  return m?.[1] ?? "";
}

export async function logout(): Promise<void> {
  await window.sellerdeskDoor?.logout();
}

export const overview = (): Promise<Overview> => Orders.Overview();
export const listShipments = (q: ShipmentQuery): Promise<ShipmentPage> => Orders.ListShipments(q);
/** The keys of every shipment the filter matches (select-all), in the board's order. */
export const shipmentKeys = (q: ShipmentQuery): Promise<string[]> => Orders.ShipmentKeys(q);
export const getShipment = (key: string): Promise<ShipmentDetail> => Orders.GetShipment(key);
export const getSettings = (): Promise<SettingsView> => Setup.GetSettings();
export const saveSettings = (s: SettingsInput): Promise<SettingsView> => Setup.SaveSettings(s);
/** Deletes one marketplace's saved API keys (the page confirms first). */
export const removeKeys = (market: "naver" | "coupang"): Promise<SettingsView> => Setup.RemoveKeys(market);
/** Clears the saved Coupang WING login id alone (설정's 지우기): an explicit clear, which a blank field never is. */
export const clearWingUserId = (): Promise<SettingsView> => Setup.SaveSettings(app.SettingsInput.createFrom({ clearCoupangWingUserId: true }));
export const syncLog = (market: string): Promise<SyncRunView[]> => Setup.SyncLog(market);
export const resolveFinding = (key: string, findingId: string, note: string): Promise<ShipmentDetail> => Orders.ResolveFinding(key, findingId, note);
/** 알림's bulk 확인 완료: every finding the seller may clear without a reason, on these shipments. */
export const resolveFindings = (keys: string[], note: string): Promise<review.Summary> => Orders.ResolveFindings(keys, note);
export const overrideFinding = (key: string, findingId: string, reason: string): Promise<ShipmentDetail> =>
  Orders.OverrideFinding(key, findingId, reason);
export const testConnection = (market: string): Promise<ConnectionResult> => Setup.TestConnection(market);
export const backupNow = (): Promise<BackupView> => Maintenance.BackupNow();
export const listBackups = (): Promise<BackupView[]> => Maintenance.ListBackups();
export const scheduleRestore = (name: string): Promise<RestorePlan> => Maintenance.ScheduleRestore(name);
export const pendingRestore = (): Promise<RestorePlan> => Maintenance.PendingRestore();
export const cancelRestore = (): Promise<void> => Maintenance.CancelRestore();
export const changeServePassword = (current: string, next: string): Promise<void> => Maintenance.ChangeServePassword(current, next);
/** A list Go makes (the values of labels().lists): picking, packing (합포장), shipping (택배사 양식). */
export type ListKind = string;
const noFilter = { markets: [], statuses: [], findings: [], blockedOnly: false, from: "", to: "", text: "", offset: 0, limit: 0, ...queryExtras };
/** A print request: the given keys, or (no keys) the shipments still to ship. */
export const printRequest = (kind: ListKind, keys: string[], format: string, courier = "", unprinted = false) =>
  app.PrintRequest.createFrom({ kind, keys, format, filter: { ...noFilter, unprinted }, courier, overrides: {}, record: true });
/** Prints a list (Go records the print, for CHANGED_AFTER_PRINT; a shipping list becomes a numbered batch). Without keys, unprinted takes only the boxes on no batch yet (미출력만). */
export const printList = (kind: ListKind, keys: string[], courier = "", unprinted = false): Promise<PrintDoc> =>
  Lists.PrintList(printRequest(kind, keys, "html", courier, unprinted));
/** Renders a list for the screen without recording a print; its keys are the boxes it shows, for the 인쇄 and 엑셀 made after it (one snapshot). */
export const printPreview = (kind: ListKind, keys: string[], courier = "", unprinted = false): Promise<PrintDoc> =>
  Lists.PrintPreview(printRequest(kind, keys, "html", courier, unprinted));
/** Saves a list as XLSX (or CSV) in the data folder's exports folder. */
export const exportList = (kind: ListKind, keys: string[], format: "xlsx" | "csv" = "xlsx", courier = ""): Promise<ExportResult> =>
  Lists.ExportList(printRequest(kind, keys, format, courier));
/** Prints the shipping-list batch (차수) named id again, under its number. */
export const reprintBatch = (id: string, courier = ""): Promise<PrintDoc> =>
  Lists.PrintList(app.PrintRequest.createFrom({ ...printRequest("shipping", [], "html", courier), batch: id }));
/** The shipping-list prints (차수) kept, newest first. */
export const printBatches = (): Promise<PrintBatch[]> => Lists.PrintBatches();
/** The 발송기한 warning: boxes still to ship whose deadline passes within the seller's hours. */
export const deadlineAlert = (): Promise<DeadlineAlert> => Orders.DeadlineAlert();
export const setDeadlineAlertHours = (hours: number): Promise<DeadlineAlert> => Orders.SetDeadlineAlertHours(hours);
/** Turns the box's 합포장 금지 on or off. */
export const setNoCombine = (key: string, on: boolean): Promise<ShipmentDetail> => Orders.SetNoCombine(key, on);
/** Courier layouts for the shipping list, CJ대한통운 first. */
export const couriers = (): Promise<string[]> => Lists.Couriers();
export const unmatchedItems = (): Promise<UnmatchedItemView[]> => Lists.UnmatchedItems();
export const linkItem = (itemKey: string, skuId: string, skuName: string, location: string): Promise<void> => Lists.LinkItem(itemKey, skuId, skuName, location);
export const unlinkItem = (itemKey: string): Promise<void> => Lists.UnlinkItem(itemKey);
/** Couriers for the tracking-number input, CJ대한통운 first. */
export const trackingCouriers = (): Promise<CourierChoice[]> => Writes.TrackingCouriers();
/** Types in a courier and number for one shipment (an empty number clears it). */
export const setTracking = (key: string, courier: string, trackingNumber: string): Promise<void> => Writes.SetTracking(key, courier, trackingNumber);
/** Reads the courier's result file; Go's []byte travels as base64 in JSON. */
export const importTracking = (fileName: string, dataBase64: string, courier: string): Promise<TrackingImportView> =>
  Writes.ImportTracking(fileName, dataBase64 as unknown as number[], courier);
/** 발송처리 for the shipments among keys that carry a tracking number. */
export const dispatch = (keys: string[]): Promise<DispatchResult> => Writes.Dispatch(keys);
export const acknowledge = (keys: string[]): Promise<AckResult> => Writes.Acknowledge(keys);
/** The seller's answer to a flagged line: the two names are the same goods (never flagged again) or not (always held). */
export const markNames = (key: string, line: number, same: boolean): Promise<ShipmentDetail> => Orders.MarkNames(key, line, same);
/** The name pairs the seller taught, newest first. */
export const learnedNames = (): Promise<LearnedNameView[]> => Orders.LearnedNames();
/** Forgets a taught pair; returns the rest. */
export const forgetNames = (id: string): Promise<LearnedNameView[]> => Orders.ForgetNames(id);
export const syncNow = (market: string): Promise<void> => Setup.SyncNow(market);
/** The open claims ("" both marketplaces), oldest first, with the answers Go allows. */
export const openClaims = (market = ""): Promise<OpenClaim[]> => Claims.Claims(market);
/** Sends one answer (출고중지완료, 이미출고, 취소 승인, …) to the claims of keys. */
export const answerClaims = (req: ClaimRequest, keys: string[]): Promise<AckResult> => Claims.Answer(fulfil.ClaimRequest.createFrom(req), keys);
/** The documented 발송지연 reasons and return holdback types. */
export const claimChoices = (): Promise<ClaimChoices> => Claims.Choices();
/** 발송지연 (Naver) for keys: the new deadline YYYY-MM-DD, a reason code, the detail. */
export const delayDispatch = (keys: string[], until: string, reason: string, detail: string): Promise<AckResult> => Claims.Delay(keys, until, reason, detail);
/** 배송 희망일 변경 (Naver 희망일배송) of one box: the new day YYYY-MM-DD, the hour ("" none, HH:mm or HHmm), the reason. */
export const changeHope = (key: string, day: string, hour: string, region: string, reason: string): Promise<AckResult> =>
  Claims.ChangeHope(key, day, hour, region, reason);
/**
 * 판매 취소 (품절) of boxes still to ship: the reason (required), for Coupang the WING login id, and the
 * counts per item of the one box the seller cancels (none, or all that is left: the whole box).
 */
export const sellerCancel = (keys: string[], reason: string, wingId: string, lines: Record<string, number> = {}): Promise<AckResult> =>
  Claims.SellerCancel(keys, reason, wingId, lines);
/** 송장 수정 of one dispatched box. */
export const fixInvoice = (key: string, courier: string, trackingNumber: string): Promise<AckResult> => Claims.FixInvoice(key, courier, trackingNumber);
/** The label tables: every code Go sends with its Korean words, in display order. */
export const labels = (): Promise<Labels> => Orders.Labels();
/** The label Go gave for a code in one of its tables, or the code itself when the table lacks it. */
export function labelOf(options: readonly LabelOption[] | undefined, value: string): string {
  return options?.find((o) => o.value === value)?.label ?? value;
}

/** A Go struct as plain data: the generated classes carry a helper method plain objects lack. */
export type Data<T> = T extends (infer U)[] ? Data<U>[] : T extends object ? { [K in keyof T as T[K] extends (...a: never[]) => unknown ? never : K]: Data<T[K]> } : T;
export type DigitalForm = Data<DigitalSettings>;
export type ProductForm = Data<DigitalProduct>;

/** The digital goods' settings (no SMTP password: PasswordHint says whether one is saved). */
export const digitalSettings = (): Promise<DigitalSettingsView> => Digital.Settings();
/** Saves the digital settings; an empty password keeps the saved one. */
export const saveDigitalSettings = (settings: DigitalForm, password: string): Promise<DigitalSettingsView> =>
  Digital.SaveSettings(digital.SettingsInput.createFrom({ settings, password }));
/** Sends the test mail with the saved server settings (to the from-address when empty). */
export const testSend = (to: string): Promise<TestSendView> => Digital.TestSend(to);
/** Reads a licence-code file (CSV, TSV, XLSX) into a code product's pool; Go's []byte travels as base64. */
export const importCodes = (product: string, fileName: string, dataBase64: string): Promise<CodeImportView> =>
  Digital.ImportCodes(product, fileName, dataBase64 as unknown as number[]);
/** Every digital delivery, newest first. */
export const deliveries = (): Promise<DeliveryView[]> => Digital.Deliveries();
/** A seller's decision on a delivery: resend, received, manual or cancel (Go records it). */
export const decideDelivery = (key: string, action: string, reason = ""): Promise<DeliveryView> => Digital.Decide(key, action, reason);
/** The address the seller typed for one order. */
export const setDeliveryAddress = (key: string, address: string): Promise<DeliveryView> => Digital.SetAddress(key, address);
/** Lets SellerDesk try 배송없음 again after the marketplace refused it. */
export const retryDeliveryMarket = (key: string): Promise<DeliveryView> => Digital.RetryMarket(key);
/** Whether digital delivery is on and what the last run did. */
export const digitalStatus = (): Promise<DigitalStatusView> => Digital.Status();
/** The demo's mail catcher: the mails buyers got (empty outside the demo). */
export const mailbox = (): Promise<CaughtMail[]> => Digital.Mailbox();

/** sync:progress data (backend/syncer.Progress). */
export interface SyncProgress {
  market: string;
  phase: string;
  fetched: number;
  added: number;
  changed: number;
  calls: number;
}

/** ack:auto data: the shipments a sync added and SellerDesk acknowledged by itself (app/ack.go). */
export interface AutoAcknowledged {
  market: string;
  label: string;
  counts: WriteCounts;
}

/** Event names Go emits (app/events.go, app/writes.go, app/digital.go). */
export const events = {
  shipmentsChanged: "shipments:changed",
  findingsAdded: "findings:added",
  syncStarted: "sync:started",
  syncProgress: "sync:progress",
  syncFinished: "sync:finished",
  settingsChanged: "settings:changed",
  autoAcknowledged: "ack:auto",
  digitalChanged: "digital:changed",
  digitalLowStock: "digital:low-stock",
} as const;

export type EventName = (typeof events)[keyof typeof events];

/** Subscribes to a Go event; returns the unsubscribe function. */
export function onEvent(name: EventName, cb: (data: unknown) => void): () => void {
  return EventsOn(name, cb);
}

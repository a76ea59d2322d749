export namespace app {
	
	export class BackupView {
	    name: string;
	    path: string;
	    size: string;
	    created: string;
	
	    static createFrom(source: any = {}) {
	        return new BackupView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.path = source["path"];
	        this.size = source["size"];
	        this.created = source["created"];
	    }
	}
	export class ConnectionResult {
	    market: string;
	    ok: boolean;
	    message: string;
	    checks: connect.Check[];
	    tookMs: number;
	
	    static createFrom(source: any = {}) {
	        return new ConnectionResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.market = source["market"];
	        this.ok = source["ok"];
	        this.message = source["message"];
	        this.checks = this.convertValues(source["checks"], connect.Check);
	        this.tookMs = source["tookMs"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CourierChoice {
	    name: string;
	    naver: boolean;
	    coupang: boolean;
	    digits: number[];
	
	    static createFrom(source: any = {}) {
	        return new CourierChoice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.naver = source["naver"];
	        this.coupang = source["coupang"];
	        this.digits = source["digits"];
	    }
	}
	export class ExportResult {
	    path: string;
	    fileName: string;
	    count: number;
	    held: number;
	    excluded: number;
	    recorded: number;
	    notice?: string;
	    batch: string;
	
	    static createFrom(source: any = {}) {
	        return new ExportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.fileName = source["fileName"];
	        this.count = source["count"];
	        this.held = source["held"];
	        this.excluded = source["excluded"];
	        this.recorded = source["recorded"];
	        this.notice = source["notice"];
	        this.batch = source["batch"];
	    }
	}
	export class LearnedNameView {
	    id: string;
	    registered: string;
	    exposed: string;
	    bundle: number;
	    same: boolean;
	    verdict: string;
	    at: string;
	
	    static createFrom(source: any = {}) {
	        return new LearnedNameView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.registered = source["registered"];
	        this.exposed = source["exposed"];
	        this.bundle = source["bundle"];
	        this.same = source["same"];
	        this.verdict = source["verdict"];
	        this.at = source["at"];
	    }
	}
	export class PrintDoc {
	    html: string;
	    title: string;
	    count: number;
	    held: number;
	    excluded: number;
	    recorded: number;
	    notice?: string;
	    batch: string;
	    keys: string[];
	
	    static createFrom(source: any = {}) {
	        return new PrintDoc(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.html = source["html"];
	        this.title = source["title"];
	        this.count = source["count"];
	        this.held = source["held"];
	        this.excluded = source["excluded"];
	        this.recorded = source["recorded"];
	        this.notice = source["notice"];
	        this.batch = source["batch"];
	        this.keys = source["keys"];
	    }
	}
	export class PrintRequest {
	    kind: string;
	    keys: string[];
	    filter: views.ShipmentQuery;
	    format: string;
	    courier: string;
	    overrides: lists.PackOverrides;
	    record: boolean;
	    batch: string;
	
	    static createFrom(source: any = {}) {
	        return new PrintRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.keys = source["keys"];
	        this.filter = this.convertValues(source["filter"], views.ShipmentQuery);
	        this.format = source["format"];
	        this.courier = source["courier"];
	        this.overrides = this.convertValues(source["overrides"], lists.PackOverrides);
	        this.record = source["record"];
	        this.batch = source["batch"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RestorePlan {
	    name: string;
	    path: string;
	    schema: number;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new RestorePlan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.path = source["path"];
	        this.schema = source["schema"];
	        this.note = source["note"];
	    }
	}
	export class SettingsInput {
	    naverClientId: string;
	    naverClientSecret: string;
	    naverBaseUrl: string;
	    coupangVendorId: string;
	    coupangAccessKey: string;
	    coupangSecretKey: string;
	    coupangBaseUrl: string;
	    coupangWingUserId: string;
	    clearCoupangWingUserId?: boolean;
	    coupangApiVersions?: string;
	    syncIntervalMinutes: number;
	    autoAcknowledge?: boolean;
	    privacyDays: number;
	    privacyOff: boolean;
	
	    static createFrom(source: any = {}) {
	        return new SettingsInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.naverClientId = source["naverClientId"];
	        this.naverClientSecret = source["naverClientSecret"];
	        this.naverBaseUrl = source["naverBaseUrl"];
	        this.coupangVendorId = source["coupangVendorId"];
	        this.coupangAccessKey = source["coupangAccessKey"];
	        this.coupangSecretKey = source["coupangSecretKey"];
	        this.coupangBaseUrl = source["coupangBaseUrl"];
	        this.coupangWingUserId = source["coupangWingUserId"];
	        this.clearCoupangWingUserId = source["clearCoupangWingUserId"];
	        this.coupangApiVersions = source["coupangApiVersions"];
	        this.syncIntervalMinutes = source["syncIntervalMinutes"];
	        this.autoAcknowledge = source["autoAcknowledge"];
	        this.privacyDays = source["privacyDays"];
	        this.privacyOff = source["privacyOff"];
	    }
	}
	export class SettingsView {
	    naverClientId: string;
	    naverSecretHint: string;
	    naverBaseUrl: string;
	    coupangVendorId: string;
	    coupangAccessHint: string;
	    coupangSecretHint: string;
	    coupangBaseUrl: string;
	    coupangApiVersions: string;
	    coupangWingUserId: string;
	    syncIntervalMinutes: number;
	    autoAcknowledge: boolean;
	    dataDir: string;
	    secretNote: string;
	    coupangKeyNote?: string;
	    apiUrlsLocked: boolean;
	    apiUrlNote: string;
	    notice?: string;
	    privacyDays: number;
	    privacyOff: boolean;
	    privacyNote: string;
	
	    static createFrom(source: any = {}) {
	        return new SettingsView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.naverClientId = source["naverClientId"];
	        this.naverSecretHint = source["naverSecretHint"];
	        this.naverBaseUrl = source["naverBaseUrl"];
	        this.coupangVendorId = source["coupangVendorId"];
	        this.coupangAccessHint = source["coupangAccessHint"];
	        this.coupangSecretHint = source["coupangSecretHint"];
	        this.coupangBaseUrl = source["coupangBaseUrl"];
	        this.coupangApiVersions = source["coupangApiVersions"];
	        this.coupangWingUserId = source["coupangWingUserId"];
	        this.syncIntervalMinutes = source["syncIntervalMinutes"];
	        this.autoAcknowledge = source["autoAcknowledge"];
	        this.dataDir = source["dataDir"];
	        this.secretNote = source["secretNote"];
	        this.coupangKeyNote = source["coupangKeyNote"];
	        this.apiUrlsLocked = source["apiUrlsLocked"];
	        this.apiUrlNote = source["apiUrlNote"];
	        this.notice = source["notice"];
	        this.privacyDays = source["privacyDays"];
	        this.privacyOff = source["privacyOff"];
	        this.privacyNote = source["privacyNote"];
	    }
	}
	export class UnmatchedItemView {
	    key: string;
	    name: string;
	    sellerCode: string;
	    markets: string[];
	    reasons: string[];
	    units: number;
	
	    static createFrom(source: any = {}) {
	        return new UnmatchedItemView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.name = source["name"];
	        this.sellerCode = source["sellerCode"];
	        this.markets = source["markets"];
	        this.reasons = source["reasons"];
	        this.units = source["units"];
	    }
	}

}

export namespace connect {
	
	export class Check {
	    name: string;
	    label: string;
	    state: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new Check(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.label = source["label"];
	        this.state = source["state"];
	        this.message = source["message"];
	    }
	}

}

export namespace digital {
	
	export class CodeStockView {
	    product: string;
	    name: string;
	    available: number;
	    used: number;
	    level: number;
	    low: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CodeStockView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.product = source["product"];
	        this.name = source["name"];
	        this.available = source["available"];
	        this.used = source["used"];
	        this.level = source["level"];
	        this.low = source["low"];
	    }
	}
	export class CodeImportView {
	    product: string;
	    added: number;
	    known: number;
	    duplicates: number;
	    stock: CodeStockView;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new CodeImportView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.product = source["product"];
	        this.added = source["added"];
	        this.known = source["known"];
	        this.duplicates = source["duplicates"];
	        this.stock = this.convertValues(source["stock"], CodeStockView);
	        this.message = source["message"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class DeliveryView {
	    key: string;
	    market: string;
	    marketLabel: string;
	    id: string;
	    orderId: string;
	    product: string;
	    productName: string;
	    optionName: string;
	    quantity: number;
	    kindLabel: string;
	    codes: string[];
	    buyerName: string;
	    to: string;
	    toSource: string;
	    subject: string;
	    body: string;
	    state: string;
	    stateLabel: string;
	    note: string;
	    attempts: number;
	    maxAttempts: number;
	    resends: number;
	    marketState: string;
	    marketStateLabel: string;
	    marketNote: string;
	    created: string;
	    sent: string;
	    actions: string[];
	    address: boolean;
	    retryMarket: boolean;
	
	    static createFrom(source: any = {}) {
	        return new DeliveryView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.market = source["market"];
	        this.marketLabel = source["marketLabel"];
	        this.id = source["id"];
	        this.orderId = source["orderId"];
	        this.product = source["product"];
	        this.productName = source["productName"];
	        this.optionName = source["optionName"];
	        this.quantity = source["quantity"];
	        this.kindLabel = source["kindLabel"];
	        this.codes = source["codes"];
	        this.buyerName = source["buyerName"];
	        this.to = source["to"];
	        this.toSource = source["toSource"];
	        this.subject = source["subject"];
	        this.body = source["body"];
	        this.state = source["state"];
	        this.stateLabel = source["stateLabel"];
	        this.note = source["note"];
	        this.attempts = source["attempts"];
	        this.maxAttempts = source["maxAttempts"];
	        this.resends = source["resends"];
	        this.marketState = source["marketState"];
	        this.marketStateLabel = source["marketStateLabel"];
	        this.marketNote = source["marketNote"];
	        this.created = source["created"];
	        this.sent = source["sent"];
	        this.actions = source["actions"];
	        this.address = source["address"];
	        this.retryMarket = source["retryMarket"];
	    }
	}
	export class Match {
	    productIds?: string[];
	    sellerCodes?: string[];
	    options?: string[];
	
	    static createFrom(source: any = {}) {
	        return new Match(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.productIds = source["productIds"];
	        this.sellerCodes = source["sellerCodes"];
	        this.options = source["options"];
	    }
	}
	export class Option {
	    value: string;
	    label: string;
	
	    static createFrom(source: any = {}) {
	        return new Option(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.label = source["label"];
	    }
	}
	export class Placeholder {
	    name: string;
	    alias: string;
	    label: string;
	
	    static createFrom(source: any = {}) {
	        return new Placeholder(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.alias = source["alias"];
	        this.label = source["label"];
	    }
	}
	export class Template {
	    subject: string;
	    body: string;
	
	    static createFrom(source: any = {}) {
	        return new Template(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.subject = source["subject"];
	        this.body = source["body"];
	    }
	}
	export class Product {
	    id: string;
	    name: string;
	    match: Match;
	    kind: string;
	    link?: string;
	    template: Template;
	    lowStock?: number;
	
	    static createFrom(source: any = {}) {
	        return new Product(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.match = this.convertValues(source["match"], Match);
	        this.kind = source["kind"];
	        this.link = source["link"];
	        this.template = this.convertValues(source["template"], Template);
	        this.lowStock = source["lowStock"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class StockWarning {
	    product: string;
	    name: string;
	    available: number;
	    level: number;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new StockWarning(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.product = source["product"];
	        this.name = source["name"];
	        this.available = source["available"];
	        this.level = source["level"];
	        this.message = source["message"];
	    }
	}
	export class Report {
	    planned: number;
	    held: number;
	    sent: number;
	    failed: number;
	    unknown: number;
	    canceled: number;
	    recovered: number;
	    market: number;
	    confirmed: number;
	    lowStock?: StockWarning[];
	    stopped?: string;
	
	    static createFrom(source: any = {}) {
	        return new Report(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.planned = source["planned"];
	        this.held = source["held"];
	        this.sent = source["sent"];
	        this.failed = source["failed"];
	        this.unknown = source["unknown"];
	        this.canceled = source["canceled"];
	        this.recovered = source["recovered"];
	        this.market = source["market"];
	        this.confirmed = source["confirmed"];
	        this.lowStock = this.convertValues(source["lowStock"], StockWarning);
	        this.stopped = source["stopped"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Settings {
	    enabled: boolean;
	    autoNothing: boolean;
	    defaultProduct?: string;
	    products: Product[];
	    smtp: mail.Server;
	    maxAttempts?: number;
	
	    static createFrom(source: any = {}) {
	        return new Settings(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.enabled = source["enabled"];
	        this.autoNothing = source["autoNothing"];
	        this.defaultProduct = source["defaultProduct"];
	        this.products = this.convertValues(source["products"], Product);
	        this.smtp = this.convertValues(source["smtp"], mail.Server);
	        this.maxAttempts = source["maxAttempts"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SettingsInput {
	    settings: Settings;
	    password: string;
	
	    static createFrom(source: any = {}) {
	        return new SettingsInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.settings = this.convertValues(source["settings"], Settings);
	        this.password = source["password"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SettingsView {
	    settings: Settings;
	    passwordHint: string;
	    presets: mail.Preset[];
	    securities: Option[];
	    kinds: Option[];
	    placeholders: Placeholder[];
	    templates: Record<string, Template>;
	    stocks: CodeStockView[];
	    coupangNote: string;
	
	    static createFrom(source: any = {}) {
	        return new SettingsView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.settings = this.convertValues(source["settings"], Settings);
	        this.passwordHint = source["passwordHint"];
	        this.presets = this.convertValues(source["presets"], mail.Preset);
	        this.securities = this.convertValues(source["securities"], Option);
	        this.kinds = this.convertValues(source["kinds"], Option);
	        this.placeholders = this.convertValues(source["placeholders"], Placeholder);
	        this.templates = this.convertValues(source["templates"], Template, true);
	        this.stocks = this.convertValues(source["stocks"], CodeStockView);
	        this.coupangNote = source["coupangNote"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class StatusView {
	    enabled: boolean;
	    lastRun: string;
	    report: Report;
	    error: string;
	    demo: boolean;
	
	    static createFrom(source: any = {}) {
	        return new StatusView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.enabled = source["enabled"];
	        this.lastRun = source["lastRun"];
	        this.report = this.convertValues(source["report"], Report);
	        this.error = source["error"];
	        this.demo = source["demo"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class TestSendView {
	    ok: boolean;
	    to: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new TestSendView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.to = source["to"];
	        this.message = source["message"];
	    }
	}

}

export namespace fulfil {
	
	export class BoxParcel {
	    box: string;
	    courier: string;
	    trackingNumber: string;
	
	    static createFrom(source: any = {}) {
	        return new BoxParcel(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.box = source["box"];
	        this.courier = source["courier"];
	        this.trackingNumber = source["trackingNumber"];
	    }
	}
	export class CancelableLine {
	    itemId: string;
	    name: string;
	    left: number;
	    step: number;
	
	    static createFrom(source: any = {}) {
	        return new CancelableLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.itemId = source["itemId"];
	        this.name = source["name"];
	        this.left = source["left"];
	        this.step = source["step"];
	    }
	}
	export class Choice {
	    code: string;
	    label: string;
	
	    static createFrom(source: any = {}) {
	        return new Choice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.label = source["label"];
	    }
	}
	export class ClaimAnswer {
	    action: string;
	    label: string;
	    needs?: string;
	
	    static createFrom(source: any = {}) {
	        return new ClaimAnswer(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.action = source["action"];
	        this.label = source["label"];
	        this.needs = source["needs"];
	    }
	}
	export class ClaimChoices {
	    delayReasons: Choice[];
	    holdbackTypes: Choice[];
	    exchangeHoldbackTypes: Choice[];
	    exchangeRejectCodes: Choice[];
	
	    static createFrom(source: any = {}) {
	        return new ClaimChoices(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.delayReasons = this.convertValues(source["delayReasons"], Choice);
	        this.holdbackTypes = this.convertValues(source["holdbackTypes"], Choice);
	        this.exchangeHoldbackTypes = this.convertValues(source["exchangeHoldbackTypes"], Choice);
	        this.exchangeRejectCodes = this.convertValues(source["exchangeRejectCodes"], Choice);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ClaimRequest {
	    action: string;
	    courier?: string;
	    trackingNumber?: string;
	    boxes?: BoxParcel[];
	    reason?: string;
	    holdbackType?: string;
	    extraFee?: number;
	    rejectCode?: string;
	
	    static createFrom(source: any = {}) {
	        return new ClaimRequest(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.action = source["action"];
	        this.courier = source["courier"];
	        this.trackingNumber = source["trackingNumber"];
	        this.boxes = this.convertValues(source["boxes"], BoxParcel);
	        this.reason = source["reason"];
	        this.holdbackType = source["holdbackType"];
	        this.extraFee = source["extraFee"];
	        this.rejectCode = source["rejectCode"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Counts {
	    ok: number;
	    failed: number;
	    unknown: number;
	    skipped: number;
	    pending: number;
	
	    static createFrom(source: any = {}) {
	        return new Counts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ok = source["ok"];
	        this.failed = source["failed"];
	        this.unknown = source["unknown"];
	        this.skipped = source["skipped"];
	        this.pending = source["pending"];
	    }
	}
	export class Item {
	    key: string;
	    market: string;
	    marketLabel: string;
	    id: string;
	    name: string;
	    result: string;
	    message: string;
	    code?: string;
	    status?: string;
	    courier?: string;
	    trackingNumber?: string;
	    readBack?: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Item(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.market = source["market"];
	        this.marketLabel = source["marketLabel"];
	        this.id = source["id"];
	        this.name = source["name"];
	        this.result = source["result"];
	        this.message = source["message"];
	        this.code = source["code"];
	        this.status = source["status"];
	        this.courier = source["courier"];
	        this.trackingNumber = source["trackingNumber"];
	        this.readBack = source["readBack"];
	    }
	}
	export class RedeliveryBox {
	    box: string;
	    courier?: string;
	    number?: string;
	
	    static createFrom(source: any = {}) {
	        return new RedeliveryBox(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.box = source["box"];
	        this.courier = source["courier"];
	        this.number = source["number"];
	    }
	}
	export class OpenClaim {
	    key: string;
	    market: string;
	    marketLabel: string;
	    id: string;
	    orderId: string;
	    receiver: string;
	    product: string;
	    boxStatus: string;
	    boxStatusLabel: string;
	    kind: string;
	    kindLabel: string;
	    claimId?: string;
	    state: string;
	    stateLabel?: string;
	    reason?: string;
	    // Go type: time
	    requestedAt: any;
	    quantity?: number;
	    heldBack?: boolean;
	    stopRequested?: boolean;
	    todo: string;
	    answers: ClaimAnswer[];
	    redeliveryBoxes?: RedeliveryBox[];
	    sellerCentre: string;
	    sellerCentreUrl: string;
	
	    static createFrom(source: any = {}) {
	        return new OpenClaim(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.market = source["market"];
	        this.marketLabel = source["marketLabel"];
	        this.id = source["id"];
	        this.orderId = source["orderId"];
	        this.receiver = source["receiver"];
	        this.product = source["product"];
	        this.boxStatus = source["boxStatus"];
	        this.boxStatusLabel = source["boxStatusLabel"];
	        this.kind = source["kind"];
	        this.kindLabel = source["kindLabel"];
	        this.claimId = source["claimId"];
	        this.state = source["state"];
	        this.stateLabel = source["stateLabel"];
	        this.reason = source["reason"];
	        this.requestedAt = this.convertValues(source["requestedAt"], null);
	        this.quantity = source["quantity"];
	        this.heldBack = source["heldBack"];
	        this.stopRequested = source["stopRequested"];
	        this.todo = source["todo"];
	        this.answers = this.convertValues(source["answers"], ClaimAnswer);
	        this.redeliveryBoxes = this.convertValues(source["redeliveryBoxes"], RedeliveryBox);
	        this.sellerCentre = source["sellerCentre"];
	        this.sellerCentreUrl = source["sellerCentreUrl"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Outcome {
	    items: Item[];
	    counts: Counts;
	    summary: string;
	
	    static createFrom(source: any = {}) {
	        return new Outcome(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = this.convertValues(source["items"], Item);
	        this.counts = this.convertValues(source["counts"], Counts);
	        this.summary = source["summary"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class TrackingProblem {
	    row: number;
	    shipmentKeys: string[];
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new TrackingProblem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.shipmentKeys = source["shipmentKeys"];
	        this.message = source["message"];
	    }
	}
	export class TrackingImportView {
	    fileName: string;
	    courier: string;
	    format: string;
	    encoding: string;
	    rows: number;
	    matched: lists.TrackingMatch[];
	    unmatched: lists.TrackingRow[];
	    ambiguous: lists.AmbiguousRow[];
	    unreadable: lists.TrackingMatch[];
	    problems: TrackingProblem[];
	    keys: string[];
	    set: number;
	    dryRun: boolean;
	
	    static createFrom(source: any = {}) {
	        return new TrackingImportView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fileName = source["fileName"];
	        this.courier = source["courier"];
	        this.format = source["format"];
	        this.encoding = source["encoding"];
	        this.rows = source["rows"];
	        this.matched = this.convertValues(source["matched"], lists.TrackingMatch);
	        this.unmatched = this.convertValues(source["unmatched"], lists.TrackingRow);
	        this.ambiguous = this.convertValues(source["ambiguous"], lists.AmbiguousRow);
	        this.unreadable = this.convertValues(source["unreadable"], lists.TrackingMatch);
	        this.problems = this.convertValues(source["problems"], TrackingProblem);
	        this.keys = source["keys"];
	        this.set = source["set"];
	        this.dryRun = source["dryRun"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace lists {
	
	export class TrackingRow {
	    row: number;
	    orderRefs?: string[];
	    receiverName?: string;
	    phones?: string[];
	    raw: string;
	    trackingNumber?: string;
	    issue?: string;
	    note?: string;
	    suggestion?: string;
	
	    static createFrom(source: any = {}) {
	        return new TrackingRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.orderRefs = source["orderRefs"];
	        this.receiverName = source["receiverName"];
	        this.phones = source["phones"];
	        this.raw = source["raw"];
	        this.trackingNumber = source["trackingNumber"];
	        this.issue = source["issue"];
	        this.note = source["note"];
	        this.suggestion = source["suggestion"];
	    }
	}
	export class AmbiguousRow {
	    row: TrackingRow;
	    shipmentKeys: string[];
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new AmbiguousRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = this.convertValues(source["row"], TrackingRow);
	        this.shipmentKeys = source["shipmentKeys"];
	        this.reason = source["reason"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PackOverrides {
	    groups?: string[][];
	    singles?: string[];
	
	    static createFrom(source: any = {}) {
	        return new PackOverrides(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.groups = source["groups"];
	        this.singles = source["singles"];
	    }
	}
	export class TrackingMatch {
	    row: TrackingRow;
	    shipmentKeys: string[];
	    by: string;
	
	    static createFrom(source: any = {}) {
	        return new TrackingMatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = this.convertValues(source["row"], TrackingRow);
	        this.shipmentKeys = source["shipmentKeys"];
	        this.by = source["by"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace mail {
	
	export class Preset {
	    id: string;
	    label: string;
	    host: string;
	    port: number;
	    security: string;
	    usernameHint: string;
	    steps: string;
	
	    static createFrom(source: any = {}) {
	        return new Preset(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.label = source["label"];
	        this.host = source["host"];
	        this.port = source["port"];
	        this.security = source["security"];
	        this.usernameHint = source["usernameHint"];
	        this.steps = source["steps"];
	    }
	}
	export class Server {
	    preset?: string;
	    host: string;
	    port: number;
	    security: string;
	    username: string;
	    from: string;
	    fromName?: string;
	
	    static createFrom(source: any = {}) {
	        return new Server(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.preset = source["preset"];
	        this.host = source["host"];
	        this.port = source["port"];
	        this.security = source["security"];
	        this.username = source["username"];
	        this.from = source["from"];
	        this.fromName = source["fromName"];
	    }
	}

}

export namespace mailcatcher {
	
	export class Shown {
	    at: string;
	    from: string;
	    to: string[];
	    subject: string;
	    body: string;
	    messageId: string;
	
	    static createFrom(source: any = {}) {
	        return new Shown(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.at = source["at"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.subject = source["subject"];
	        this.body = source["body"];
	        this.messageId = source["messageId"];
	    }
	}

}

export namespace order {
	
	export class BoxInvoice {
	    box: string;
	    courier: string;
	    number: string;
	
	    static createFrom(source: any = {}) {
	        return new BoxInvoice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.box = source["box"];
	        this.courier = source["courier"];
	        this.number = source["number"];
	    }
	}
	export class BoxNo {
	    no: number;
	    of: number;
	
	    static createFrom(source: any = {}) {
	        return new BoxNo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.no = source["no"];
	        this.of = source["of"];
	    }
	}
	export class Bundle {
	    itemId?: string;
	    name?: string;
	    size: number;
	    counted: string;
	    basis: string;
	
	    static createFrom(source: any = {}) {
	        return new Bundle(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.itemId = source["itemId"];
	        this.name = source["name"];
	        this.size = source["size"];
	        this.counted = source["counted"];
	        this.basis = source["basis"];
	    }
	}
	export class Claim {
	    type: string;
	    id?: string;
	    marketStatus: string;
	    // Go type: time
	    requestedAt: any;
	    reason?: string;
	    open: boolean;
	    withdrawn?: boolean;
	    stage?: string;
	    quantity?: number;
	    stopRequested?: boolean;
	    heldBack?: boolean;
	    redeliveryCourier?: string;
	    redeliveryNumber?: string;
	    redeliveryBoxes?: string[];
	    redeliveryInvoices?: BoxInvoice[];
	
	    static createFrom(source: any = {}) {
	        return new Claim(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.type = source["type"];
	        this.id = source["id"];
	        this.marketStatus = source["marketStatus"];
	        this.requestedAt = this.convertValues(source["requestedAt"], null);
	        this.reason = source["reason"];
	        this.open = source["open"];
	        this.withdrawn = source["withdrawn"];
	        this.stage = source["stage"];
	        this.quantity = source["quantity"];
	        this.stopRequested = source["stopRequested"];
	        this.heldBack = source["heldBack"];
	        this.redeliveryCourier = source["redeliveryCourier"];
	        this.redeliveryNumber = source["redeliveryNumber"];
	        this.redeliveryBoxes = source["redeliveryBoxes"];
	        this.redeliveryInvoices = this.convertValues(source["redeliveryInvoices"], BoxInvoice);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Event {
	    kind: string;
	    marketType: string;
	    // Go type: time
	    at: any;
	
	    static createFrom(source: any = {}) {
	        return new Event(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.marketType = source["marketType"];
	        this.at = this.convertValues(source["at"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Evidence {
	    field: string;
	    old?: string;
	    new?: string;
	
	    static createFrom(source: any = {}) {
	        return new Evidence(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.old = source["old"];
	        this.new = source["new"];
	    }
	}
	export class Resolution {
	    kind: string;
	    reason?: string;
	    by: string;
	    // Go type: time
	    at: any;
	
	    static createFrom(source: any = {}) {
	        return new Resolution(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.reason = source["reason"];
	        this.by = source["by"];
	        this.at = this.convertValues(source["at"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Finding {
	    code: string;
	    severity: string;
	    message: string;
	    line: number;
	    evidence?: Evidence[];
	    // Go type: time
	    raisedAt: any;
	    resolution?: Resolution;
	
	    static createFrom(source: any = {}) {
	        return new Finding(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.severity = source["severity"];
	        this.message = source["message"];
	        this.line = source["line"];
	        this.evidence = this.convertValues(source["evidence"], Evidence);
	        this.raisedAt = this.convertValues(source["raisedAt"], null);
	        this.resolution = this.convertValues(source["resolution"], Resolution);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class HopeDelivery {
	    // Go type: time
	    date: any;
	    time?: number;
	    hasTime?: boolean;
	    region?: string;
	    additionalFee?: number;
	    changeReason?: string;
	    changer?: string;
	    guaranteed?: boolean;
	    raw?: string;
	
	    static createFrom(source: any = {}) {
	        return new HopeDelivery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = this.convertValues(source["date"], null);
	        this.time = source["time"];
	        this.hasTime = source["hasTime"];
	        this.region = source["region"];
	        this.additionalFee = source["additionalFee"];
	        this.changeReason = source["changeReason"];
	        this.changer = source["changer"];
	        this.guaranteed = source["guaranteed"];
	        this.raw = source["raw"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Line {
	    itemId: string;
	    productId?: string;
	    productName: string;
	    optionName?: string;
	    exposedName?: string;
	    firstOptionName?: string;
	    sellerCode?: string;
	    quantity: number;
	    canceledQty?: number;
	    heldQty?: number;
	    bundleSize?: number;
	    bundle?: Bundle;
	    unitPrice: number;
	    totalPrice: number;
	
	    static createFrom(source: any = {}) {
	        return new Line(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.itemId = source["itemId"];
	        this.productId = source["productId"];
	        this.productName = source["productName"];
	        this.optionName = source["optionName"];
	        this.exposedName = source["exposedName"];
	        this.firstOptionName = source["firstOptionName"];
	        this.sellerCode = source["sellerCode"];
	        this.quantity = source["quantity"];
	        this.canceledQty = source["canceledQty"];
	        this.heldQty = source["heldQty"];
	        this.bundleSize = source["bundleSize"];
	        this.bundle = this.convertValues(source["bundle"], Bundle);
	        this.unitPrice = source["unitPrice"];
	        this.totalPrice = source["totalPrice"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Printed {
	    batch?: string;
	    lists?: string[];
	    // Go type: time
	    at: any;
	
	    static createFrom(source: any = {}) {
	        return new Printed(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.batch = source["batch"];
	        this.lists = source["lists"];
	        this.at = this.convertValues(source["at"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Receiver {
	    name: string;
	    phone: string;
	    phone2?: string;
	    zip: string;
	    address1: string;
	    address2?: string;
	    message?: string;
	
	    static createFrom(source: any = {}) {
	        return new Receiver(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.phone = source["phone"];
	        this.phone2 = source["phone2"];
	        this.zip = source["zip"];
	        this.address1 = source["address1"];
	        this.address2 = source["address2"];
	        this.message = source["message"];
	    }
	}
	
	export class WriteProblem {
	    action: string;
	    result: string;
	    message: string;
	    status: string;
	    // Go type: time
	    at: any;
	
	    static createFrom(source: any = {}) {
	        return new WriteProblem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.action = source["action"];
	        this.result = source["result"];
	        this.message = source["message"];
	        this.status = source["status"];
	        this.at = this.convertValues(source["at"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Shipment {
	    marketplace: string;
	    id: string;
	    orderId: string;
	    packageNumber?: string;
	    status: string;
	    marketStatus: string;
	    // Go type: time
	    orderedAt: any;
	    // Go type: time
	    paidAt: any;
	    // Go type: time
	    changedAt: any;
	    // Go type: time
	    acknowledgedAt: any;
	    // Go type: time
	    shipBy: any;
	    ordererName?: string;
	    receiver: Receiver;
	    previousReceiver?: Receiver;
	    hope?: HopeDelivery;
	    previousHope?: HopeDelivery;
	    lines: Line[];
	    shippingFee: number;
	    courier?: string;
	    trackingNumber?: string;
	    claim?: Claim;
	    events?: Event[];
	    noCombine?: boolean;
	    printed?: Printed;
	    writeProblem?: WriteProblem;
	    findings?: Finding[];
	    // Go type: time
	    firstSeenAt: any;
	    // Go type: time
	    updatedAt: any;
	    // Go type: time
	    personalMaskedAt?: any;
	
	    static createFrom(source: any = {}) {
	        return new Shipment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.marketplace = source["marketplace"];
	        this.id = source["id"];
	        this.orderId = source["orderId"];
	        this.packageNumber = source["packageNumber"];
	        this.status = source["status"];
	        this.marketStatus = source["marketStatus"];
	        this.orderedAt = this.convertValues(source["orderedAt"], null);
	        this.paidAt = this.convertValues(source["paidAt"], null);
	        this.changedAt = this.convertValues(source["changedAt"], null);
	        this.acknowledgedAt = this.convertValues(source["acknowledgedAt"], null);
	        this.shipBy = this.convertValues(source["shipBy"], null);
	        this.ordererName = source["ordererName"];
	        this.receiver = this.convertValues(source["receiver"], Receiver);
	        this.previousReceiver = this.convertValues(source["previousReceiver"], Receiver);
	        this.hope = this.convertValues(source["hope"], HopeDelivery);
	        this.previousHope = this.convertValues(source["previousHope"], HopeDelivery);
	        this.lines = this.convertValues(source["lines"], Line);
	        this.shippingFee = source["shippingFee"];
	        this.courier = source["courier"];
	        this.trackingNumber = source["trackingNumber"];
	        this.claim = this.convertValues(source["claim"], Claim);
	        this.events = this.convertValues(source["events"], Event);
	        this.noCombine = source["noCombine"];
	        this.printed = this.convertValues(source["printed"], Printed);
	        this.writeProblem = this.convertValues(source["writeProblem"], WriteProblem);
	        this.findings = this.convertValues(source["findings"], Finding);
	        this.firstSeenAt = this.convertValues(source["firstSeenAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	        this.personalMaskedAt = this.convertValues(source["personalMaskedAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace review {
	
	export class Summary {
	    resolved: number;
	    left: number;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new Summary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.resolved = source["resolved"];
	        this.left = source["left"];
	        this.message = source["message"];
	    }
	}

}

export namespace views {
	
	export class AuditLine {
	    at: string;
	    actor: string;
	    action: string;
	    detail: string;
	
	    static createFrom(source: any = {}) {
	        return new AuditLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.at = source["at"];
	        this.actor = source["actor"];
	        this.action = source["action"];
	        this.detail = source["detail"];
	    }
	}
	export class Counter {
	    status: string;
	    label: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new Counter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.status = source["status"];
	        this.label = source["label"];
	        this.count = source["count"];
	    }
	}
	export class DeadlineAlert {
	    hours: number;
	    count: number;
	    earliest: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new DeadlineAlert(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.hours = source["hours"];
	        this.count = source["count"];
	        this.earliest = source["earliest"];
	        this.message = source["message"];
	    }
	}
	export class EvidenceView {
	    field: string;
	    old: string;
	    new: string;
	
	    static createFrom(source: any = {}) {
	        return new EvidenceView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.old = source["old"];
	        this.new = source["new"];
	    }
	}
	export class FindingAction {
	    kind: string;
	    label: string;
	    submit: string;
	    field: string;
	    placeholder: string;
	    reasonRequired: boolean;
	
	    static createFrom(source: any = {}) {
	        return new FindingAction(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.label = source["label"];
	        this.submit = source["submit"];
	        this.field = source["field"];
	        this.placeholder = source["placeholder"];
	        this.reasonRequired = source["reasonRequired"];
	    }
	}
	export class FindingBadge {
	    code: string;
	    label: string;
	    hint: string;
	
	    static createFrom(source: any = {}) {
	        return new FindingBadge(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.label = source["label"];
	        this.hint = source["hint"];
	    }
	}
	export class FindingLabel {
	    value: string;
	    label: string;
	    hint: string;
	
	    static createFrom(source: any = {}) {
	        return new FindingLabel(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.label = source["label"];
	        this.hint = source["hint"];
	    }
	}
	export class FindingView {
	    id: string;
	    code: string;
	    label: string;
	    severity: string;
	    message: string;
	    line: number;
	    evidence: EvidenceView[];
	    raisedAt: string;
	    open: boolean;
	    resolution: string;
	    clearance: string;
	    actions: FindingAction[];
	    clearNote: string;
	
	    static createFrom(source: any = {}) {
	        return new FindingView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.label = source["label"];
	        this.severity = source["severity"];
	        this.message = source["message"];
	        this.line = source["line"];
	        this.evidence = this.convertValues(source["evidence"], EvidenceView);
	        this.raisedAt = source["raisedAt"];
	        this.open = source["open"];
	        this.resolution = source["resolution"];
	        this.clearance = source["clearance"];
	        this.actions = this.convertValues(source["actions"], FindingAction);
	        this.clearNote = source["clearNote"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class LabelOption {
	    value: string;
	    label: string;
	
	    static createFrom(source: any = {}) {
	        return new LabelOption(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.label = source["label"];
	    }
	}
	export class ListLabel {
	    value: string;
	    label: string;
	    courier: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ListLabel(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.label = source["label"];
	        this.courier = source["courier"];
	    }
	}
	export class StatusLabel {
	    value: string;
	    label: string;
	    toShip: boolean;
	
	    static createFrom(source: any = {}) {
	        return new StatusLabel(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.value = source["value"];
	        this.label = source["label"];
	        this.toShip = source["toShip"];
	    }
	}
	export class Labels {
	    markets: LabelOption[];
	    statuses: StatusLabel[];
	    findings: FindingLabel[];
	    results: LabelOption[];
	    lists: ListLabel[];
	    importKinds: LabelOption[];
	    matchedBy: LabelOption[];
	
	    static createFrom(source: any = {}) {
	        return new Labels(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.markets = this.convertValues(source["markets"], LabelOption);
	        this.statuses = this.convertValues(source["statuses"], StatusLabel);
	        this.findings = this.convertValues(source["findings"], FindingLabel);
	        this.results = this.convertValues(source["results"], LabelOption);
	        this.lists = this.convertValues(source["lists"], ListLabel);
	        this.importKinds = this.convertValues(source["importKinds"], LabelOption);
	        this.matchedBy = this.convertValues(source["matchedBy"], LabelOption);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TextPart {
	    text: string;
	    mark: boolean;
	
	    static createFrom(source: any = {}) {
	        return new TextPart(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.mark = source["mark"];
	    }
	}
	export class LineView {
	    index: number;
	    registered: TextPart[];
	    exposed: TextPart[];
	    namesMatch: boolean;
	    differences: string[];
	    sellerCode: string;
	    quantity: number;
	    canceled: number;
	    held: number;
	    bundle: number;
	    bundleNote: string;
	    units: number;
	    unitPrice: string;
	    totalPrice: string;
	    nameSeverity: string;
	    taught: string;
	
	    static createFrom(source: any = {}) {
	        return new LineView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.index = source["index"];
	        this.registered = this.convertValues(source["registered"], TextPart);
	        this.exposed = this.convertValues(source["exposed"], TextPart);
	        this.namesMatch = source["namesMatch"];
	        this.differences = source["differences"];
	        this.sellerCode = source["sellerCode"];
	        this.quantity = source["quantity"];
	        this.canceled = source["canceled"];
	        this.held = source["held"];
	        this.bundle = source["bundle"];
	        this.bundleNote = source["bundleNote"];
	        this.units = source["units"];
	        this.unitPrice = source["unitPrice"];
	        this.totalPrice = source["totalPrice"];
	        this.nameSeverity = source["nameSeverity"];
	        this.taught = source["taught"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class MarketOverview {
	    market: string;
	    label: string;
	    configured: boolean;
	    shipments: number;
	    lastSync: string;
	    lastError: string;
	    lastSuccess: string;
	    nextRun: string;
	    keyNote?: string;
	
	    static createFrom(source: any = {}) {
	        return new MarketOverview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.market = source["market"];
	        this.label = source["label"];
	        this.configured = source["configured"];
	        this.shipments = source["shipments"];
	        this.lastSync = source["lastSync"];
	        this.lastError = source["lastError"];
	        this.lastSuccess = source["lastSuccess"];
	        this.nextRun = source["nextRun"];
	        this.keyNote = source["keyNote"];
	    }
	}
	export class Overview {
	    total: number;
	    blocked: number;
	    claims: number;
	    counters: Counter[];
	    markets: MarketOverview[];
	    dataDir: string;
	    version: string;
	    notice: string;
	
	    static createFrom(source: any = {}) {
	        return new Overview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.total = source["total"];
	        this.blocked = source["blocked"];
	        this.claims = source["claims"];
	        this.counters = this.convertValues(source["counters"], Counter);
	        this.markets = this.convertValues(source["markets"], MarketOverview);
	        this.dataDir = source["dataDir"];
	        this.version = source["version"];
	        this.notice = source["notice"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PrintBatch {
	    id: string;
	    printedAt: string;
	    reprinted: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new PrintBatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.printedAt = source["printedAt"];
	        this.reprinted = source["reprinted"];
	        this.count = source["count"];
	    }
	}
	export class ReceiverView {
	    name: string;
	    phone: string;
	    phone2: string;
	    zip: string;
	    address: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new ReceiverView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.phone = source["phone"];
	        this.phone2 = source["phone2"];
	        this.zip = source["zip"];
	        this.address = source["address"];
	        this.message = source["message"];
	    }
	}
	export class ShipmentDetail {
	    shipment: order.Shipment;
	    marketLabel: string;
	    name: string;
	    statusLabel: string;
	    units: number;
	    blocked: boolean;
	    history: AuditLine[];
	    key: string;
	    orderedAt: string;
	    paidAt: string;
	    acknowledgedAt: string;
	    shippingFee: string;
	    total: string;
	    receiver: ReceiverView;
	    previousReceiver?: ReceiverView;
	    previousUnknown?: string;
	    claim: string;
	    lines: LineView[];
	    findings: FindingView[];
	    shipBy: string;
	    hope: string;
	    hopeBlocked?: string;
	    sellerCancelBlocked?: string;
	    sellerCancelWarning?: string;
	    sellerCancelLines?: fulfil.CancelableLine[];
	    sellerCancelWholeOnly?: string;
	    writeProblem: string;
	    writeMessage: string;
	    printBatch: string;
	    printed: string;
	
	    static createFrom(source: any = {}) {
	        return new ShipmentDetail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.shipment = this.convertValues(source["shipment"], order.Shipment);
	        this.marketLabel = source["marketLabel"];
	        this.name = source["name"];
	        this.statusLabel = source["statusLabel"];
	        this.units = source["units"];
	        this.blocked = source["blocked"];
	        this.history = this.convertValues(source["history"], AuditLine);
	        this.key = source["key"];
	        this.orderedAt = source["orderedAt"];
	        this.paidAt = source["paidAt"];
	        this.acknowledgedAt = source["acknowledgedAt"];
	        this.shippingFee = source["shippingFee"];
	        this.total = source["total"];
	        this.receiver = this.convertValues(source["receiver"], ReceiverView);
	        this.previousReceiver = this.convertValues(source["previousReceiver"], ReceiverView);
	        this.previousUnknown = source["previousUnknown"];
	        this.claim = source["claim"];
	        this.lines = this.convertValues(source["lines"], LineView);
	        this.findings = this.convertValues(source["findings"], FindingView);
	        this.shipBy = source["shipBy"];
	        this.hope = source["hope"];
	        this.hopeBlocked = source["hopeBlocked"];
	        this.sellerCancelBlocked = source["sellerCancelBlocked"];
	        this.sellerCancelWarning = source["sellerCancelWarning"];
	        this.sellerCancelLines = this.convertValues(source["sellerCancelLines"], fulfil.CancelableLine);
	        this.sellerCancelWholeOnly = source["sellerCancelWholeOnly"];
	        this.writeProblem = source["writeProblem"];
	        this.writeMessage = source["writeMessage"];
	        this.printBatch = source["printBatch"];
	        this.printed = source["printed"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ShipmentRow {
	    key: string;
	    market: string;
	    marketLabel: string;
	    id: string;
	    orderId: string;
	    name: string;
	    box: string;
	    status: string;
	    statusLabel: string;
	    marketStatus: string;
	    paidAt: string;
	    receiverName: string;
	    phone: string;
	    product: string;
	    units: number;
	    lines: number;
	    findings: FindingBadge[];
	    blocked: boolean;
	    warned: boolean;
	    shipBy: string;
	    dday: string;
	    dueTone: string;
	    hope: string;
	    tracking: string;
	    printBatch: string;
	    printed: string;
	    writeProblem: string;
	    writeMessage: string;
	    digital?: string;
	    digitalLabel?: string;
	    digitalHint?: string;
	
	    static createFrom(source: any = {}) {
	        return new ShipmentRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.market = source["market"];
	        this.marketLabel = source["marketLabel"];
	        this.id = source["id"];
	        this.orderId = source["orderId"];
	        this.name = source["name"];
	        this.box = source["box"];
	        this.status = source["status"];
	        this.statusLabel = source["statusLabel"];
	        this.marketStatus = source["marketStatus"];
	        this.paidAt = source["paidAt"];
	        this.receiverName = source["receiverName"];
	        this.phone = source["phone"];
	        this.product = source["product"];
	        this.units = source["units"];
	        this.lines = source["lines"];
	        this.findings = this.convertValues(source["findings"], FindingBadge);
	        this.blocked = source["blocked"];
	        this.warned = source["warned"];
	        this.shipBy = source["shipBy"];
	        this.dday = source["dday"];
	        this.dueTone = source["dueTone"];
	        this.hope = source["hope"];
	        this.tracking = source["tracking"];
	        this.printBatch = source["printBatch"];
	        this.printed = source["printed"];
	        this.writeProblem = source["writeProblem"];
	        this.writeMessage = source["writeMessage"];
	        this.digital = source["digital"];
	        this.digitalLabel = source["digitalLabel"];
	        this.digitalHint = source["digitalHint"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ShipmentPage {
	    rows: ShipmentRow[];
	    total: number;
	    tookMs: number;
	
	    static createFrom(source: any = {}) {
	        return new ShipmentPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rows = this.convertValues(source["rows"], ShipmentRow);
	        this.total = source["total"];
	        this.tookMs = source["tookMs"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ShipmentQuery {
	    markets: string[];
	    statuses: string[];
	    findings: string[];
	    blockedOnly: boolean;
	    from: string;
	    to: string;
	    text: string;
	    offset: number;
	    limit: number;
	    sort: string;
	    reverse: boolean;
	    heldFirst: boolean;
	    unprinted: boolean;
	    writeProblem: boolean;
	    dueToday: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ShipmentQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.markets = source["markets"];
	        this.statuses = source["statuses"];
	        this.findings = source["findings"];
	        this.blockedOnly = source["blockedOnly"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.text = source["text"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	        this.sort = source["sort"];
	        this.reverse = source["reverse"];
	        this.heldFirst = source["heldFirst"];
	        this.unprinted = source["unprinted"];
	        this.writeProblem = source["writeProblem"];
	        this.dueToday = source["dueToday"];
	    }
	}
	
	
	export class SyncRunView {
	    started: string;
	    duration: string;
	    added: number;
	    changed: number;
	    calls: number;
	    error: string;
	
	    static createFrom(source: any = {}) {
	        return new SyncRunView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.started = source["started"];
	        this.duration = source["duration"];
	        this.added = source["added"];
	        this.changed = source["changed"];
	        this.calls = source["calls"];
	        this.error = source["error"];
	    }
	}

}


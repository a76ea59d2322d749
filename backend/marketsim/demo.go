// Package marketsim wires the simulated marketplaces together for the demo: a simulated Naver
// and a simulated Coupang served on 127.0.0.1 with their realistic limits, a few hundred Korean
// orders, and a scripted "life" that keeps orders, address changes, option renames, bundles and
// cancellations coming, so a newcomer sees the whole flow with no keys.
package marketsim

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"sync"
	"time"

	"sellerdesk/backend/marketsim/coupangsim"
	"sellerdesk/backend/marketsim/naversim"
)

// Demo keys: they open only the simulators (they are not secrets of anyone).
const (
	DemoNaverClientID     = "DemoSellerDeskApp0001"
	DemoNaverClientSecret = "$2a$04$DemoSellerDeskSalt0001"
	// DemoCoupangWingUserID is the demo seller's WING login id: the only one its simulated Coupang
	// takes for a 판매 취소 (the demo door saves it with the demo's Coupang settings).
	DemoCoupangWingUserID = "demo-wing"
)

// DemoOptions tune StartDemo. The zero value is the demo.
type DemoOptions struct {
	// Seed makes the data and the life reproducible (0: 20261122).
	Seed uint64
	// Every is the pace of life: new orders and events (default 1 minute).
	Every time.Duration
	// NaverOrders and CoupangOrders are the history at start (defaults 220 and 180).
	NaverOrders, CoupangOrders int
	// CoupangListDelay is how long a paid Coupang order takes to show in the lists (default
	// 2 minutes; the real one is about 10).
	CoupangListDelay time.Duration
	// CoupangExchangeBoxDelay is how long after 입고 확인 Coupang makes an exchange's re-delivery
	// box (default 2 minutes; the article says at most 10).
	CoupangExchangeBoxDelay time.Duration
	// NoLimits turns the simulators' rate limits off (tests).
	NoLimits bool
	Logger   *slog.Logger
}

// Demo is a running pair of simulated marketplaces.
type Demo struct {
	// NaverBaseURL is the Naver API base (with "/external"); CoupangBaseURL the Coupang host.
	NaverBaseURL, NaverClientID, NaverClientSecret string
	CoupangBaseURL, CoupangVendorID                string
	CoupangAccessKey, CoupangSecretKey             string
	CoupangWingUserID                              string
	// ControlURL is the demo's control of its simulated buyers (demo_control.go), for the tests.
	ControlURL string

	Naver   *naversim.Sim
	Coupang *coupangsim.Server

	servers []*http.Server
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	once    sync.Once
}

// StartDemo starts both simulators on 127.0.0.1 and the life goroutine; Stop ends them.
func StartDemo(ctx context.Context, opt DemoOptions) (*Demo, error) {
	if opt.Seed == 0 {
		opt.Seed = 20261122
	}
	if opt.Every <= 0 {
		opt.Every = time.Minute
	}
	if opt.NaverOrders == 0 {
		opt.NaverOrders = 220
	}
	if opt.CoupangOrders == 0 {
		opt.CoupangOrders = 180
	}
	if opt.CoupangListDelay == 0 {
		opt.CoupangListDelay = 2 * time.Minute
	}
	if opt.CoupangExchangeBoxDelay == 0 {
		opt.CoupangExchangeBoxDelay = 2 * time.Minute
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	// The simulated Naver answers as the official pages document (naversim.RealWorld).
	ns := naversim.New(naversim.Config{ClientID: DemoNaverClientID, ClientSecret: DemoNaverClientSecret,
		Seed: opt.Seed, NoRateLimit: opt.NoLimits, Real: naversim.RealWorld()})
	ns.Seed(opt.NaverOrders, 6*24*time.Hour)

	ccfg := coupangsim.DefaultConfig()
	ccfg.Seed, ccfg.InitialOrders, ccfg.ListDelay = opt.Seed, opt.CoupangOrders, opt.CoupangListDelay
	ccfg.ExchangeBoxDelay, ccfg.WingUserID = opt.CoupangExchangeBoxDelay, DemoCoupangWingUserID
	if opt.NoLimits {
		ccfg.RateLimit = -1
	}
	cs, err := coupangsim.New(ccfg)
	if err != nil {
		return nil, fmt.Errorf("marketsim: coupang simulator: %w", err)
	}
	d := &Demo{NaverClientID: DemoNaverClientID, NaverClientSecret: DemoNaverClientSecret,
		CoupangVendorID: ccfg.VendorID, CoupangAccessKey: ccfg.AccessKey, CoupangSecretKey: ccfg.SecretKey,
		CoupangWingUserID: ccfg.WingUserID, Naver: ns, Coupang: cs}
	nURL, err := d.serve(d.withControl(ns))
	if err != nil {
		return nil, err
	}
	cURL, err := d.serve(cs)
	if err != nil {
		d.Stop()
		return nil, err
	}
	d.NaverBaseURL, d.CoupangBaseURL, d.ControlURL = nURL+"/external", cURL, nURL+ControlPrefix

	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x5e11e4d35c))
	d.startingTwists(rng)
	hopes := d.hopeOrders(time.Now())
	lctx, cancel := context.WithCancel(ctx)
	d.cancel = cancel
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		d.live(lctx, rng, opt.Every, opt.Logger, hopes)
	}()
	return d, nil
}

func (d *Demo) serve(h http.Handler) (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("marketsim: listen: %w", err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	d.servers = append(d.servers, srv)
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			_ = err // the demo goes on without this marketplace; its sync will say so
		}
	}()
	return "http://" + ln.Addr().String(), nil
}

// Stop ends the life and closes both simulators.
func (d *Demo) Stop() {
	d.once.Do(func() {
		if d.cancel != nil {
			d.cancel()
		}
		for _, s := range d.servers {
			_ = s.Close()
		}
		d.wg.Wait()
	})
}

// Bundle and lookalike items of the Coupang catalog the demo orders on purpose.
const (
	cashewFivePack = 85872453655 // 5-pack bundle option: units × 5
	lemonThreePack = 83653589505 // exposed name differs from the registered one
)

// startingTwists makes sure the first sync already shows every kind of finding.
func (d *Demo) startingTwists(rng *rand.Rand) {
	// The night's orders, waiting to be acknowledged in the morning (already listed).
	for i := range 8 {
		d.Coupang.AddOrdersPaidAgo(1, time.Duration(30+20*i)*time.Minute)
	}
	for range 3 {
		_, _ = d.Coupang.AddOrderOf(cashewFivePack, 1+rng.IntN(2))
		_, _ = d.Coupang.AddOrderOf(lemonThreePack, 1)
	}
	for i, b := range d.acceptBoxes() {
		if i >= 4 {
			break
		}
		if len(b.VendorItems) > 0 {
			_ = d.Coupang.SetExposedName(b.ID, b.VendorItems[0], lookalikeNames[rng.IntN(len(lookalikeNames))])
		}
	}
	// Digital goods paid last night, and one whose buyer ID Naver masked (it waits for the seller).
	for i := range 3 {
		d.addDigital(i)
	}
	masked := DemoDigital[1]
	masked.OrdererID = "kimm****"
	d.Naver.AddDigitalOrder(masked)
	paid := d.paidNaver()
	for i, id := range paid {
		switch {
		case i < 3:
			_ = d.Naver.ChangeAddress(id, d.Naver.NewAddress())
		case i < 5:
			_ = d.Naver.RequestCancel(id, "단순 변심")
		}
	}
	d.claimTwists(rng)
	d.partialCancelBoxes()
}

// DemoSeveralGoodsReceiver receives the demo's Coupang boxes of several goods at 상품준비중: one good
// out of stock, the seller cancels only it (판매 취소 of some lines) and ships the rest.
const DemoSeveralGoodsReceiver = "윤세아"

// partialCancelBoxes adds three Coupang boxes of three goods each (rice × 3, a tumbler, laver × 2),
// acknowledged already (상품준비중), for DemoSeveralGoodsReceiver. Paid 20 hours ago: among the oldest
// boxes at 상품준비중 on a board sorted newest first, so a test that takes the first one finds another.
func (d *Demo) partialCancelBoxes() {
	for range 3 {
		box, err := d.Coupang.AddBoxOf(DemoSeveralGoodsReceiver, 20*time.Hour, coupangsim.ItemCount{VendorItemID: 81000000101, Count: 3},
			coupangsim.ItemCount{VendorItemID: 81000000401, Count: 1}, coupangsim.ItemCount{VendorItemID: 81000000601, Count: 2})
		if err == nil {
			_ = d.Coupang.Instruct(box)
		}
	}
}

// DemoDigital are the demo shop's digital goods on the simulated Naver, sold without delivery
// (배송 없음): a licence code and a download. The demo door marks them digital.
var DemoDigital = []naversim.DigitalOrder{
	{ProductID: "8800190001", ProductName: "손글씨 한글 폰트 (개인용 라이선스)", SellerCode: "DIGI-FONT", Price: 15000},
	{ProductID: "8800190002", ProductName: "제주 여행 가이드북 PDF", SellerCode: "DIGI-JEJU", Price: 9900},
}

// demoBuyers are the Naver IDs of the demo's digital buyers (mailed at <id>@naver.com).
var demoBuyers = []string{"moon_light77", "jeju_trip", "hangul_love", "sunny_day03", "bookworm_kr", "coffee_mate", "blue_ocean9", "star_gazer"}

// addDigital orders one of the demo's digital goods (the n-th buyer), from the simulated Naver.
func (d *Demo) addDigital(n int) string {
	o := DemoDigital[n%len(DemoDigital)]
	o.OrdererID = demoBuyers[n%len(demoBuyers)]
	if o.SellerCode == "DIGI-FONT" && n%3 == 1 {
		o.Quantity = 2
	}
	return d.Naver.AddDigitalOrder(o)
}

// deliverDigital moves the digital orders dispatched as 배송없음 to 배송완료.
func (d *Demo) deliverDigital() int {
	n := 0
	for _, id := range d.Naver.ProductOrderIDs() {
		if o, ok := d.Naver.Order(id); ok && o.DeliveryMethod == "NOTHING" && o.Status == "DELIVERING" && d.Naver.Advance(id) == nil {
			n++
		}
	}
	return n
}

// lookalikeNames are exposed names that do not match the registered option.
var lookalikeNames = []string{
	"신서리티 델타 구운 캐슈넛, 3개, 160g", "햇살농장 유기농 현미, 10kg, 1개", "스텐 진공 텀블러 750ml, 네이비, 1개",
	"제주 노지 감귤, 3kg, 소과", "국내산 소고기 육포 매운맛 300g, 2개",
}

func (d *Demo) acceptBoxes() []coupangsim.BoxView {
	var out []coupangsim.BoxView
	for _, b := range d.Coupang.Boxes() {
		if b.Status == "ACCEPT" && !b.FullyCancel {
			out = append(out, b)
		}
	}
	return out
}

func (d *Demo) paidNaver() []string {
	var out []string
	for _, id := range d.Naver.ProductOrderIDs() {
		if o, ok := d.Naver.Order(id); ok && o.Status == "PAYED" && o.ClaimType == "" && o.ExpectedDeliveryMethod != "NOTHING" {
			out = append(out, id)
		}
	}
	return out
}

// live is the seller's day on fast-forward: every tick new orders arrive on both marketplaces,
// and now and then a buyer changes an address, cancels, or the couriers move the boxes on.
func (d *Demo) live(ctx context.Context, rng *rand.Rand, every time.Duration, log *slog.Logger, hopes []string) {
	t := time.NewTicker(every)
	defer t.Stop()
	for tick := 1; ; tick++ {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		nNew := d.Naver.AddOrders(1 + rng.IntN(3))
		cNew := d.Coupang.AddOrders(1 + rng.IntN(3))
		what := []string{fmt.Sprintf("%d naver + %d coupang orders", len(nNew), len(cNew))}
		// digital goods: a new order every other tick; the ones dispatched as 배송없음 arrive
		if n := d.deliverDigital(); n > 0 {
			what = append(what, fmt.Sprintf("%d digital orders delivered", n))
		}
		if tick%2 == 1 {
			what = append(what, "naver digital order "+d.addDigital(2+tick/2))
		}
		switch rng.IntN(6) {
		case 0:
			if paid := d.paidNaver(); len(paid) > 0 {
				id := paid[rng.IntN(len(paid))]
				if d.Naver.ChangeAddress(id, d.Naver.NewAddress()) == nil {
					what = append(what, "naver address change "+id)
				}
			}
		case 1:
			if paid := d.paidNaver(); len(paid) > 0 {
				id := paid[rng.IntN(len(paid))]
				if d.Naver.RequestCancel(id, "단순 변심") == nil {
					what = append(what, "naver cancel request "+id)
				}
			}
		case 2:
			if boxes := d.acceptBoxes(); len(boxes) > 0 {
				b := boxes[rng.IntN(len(boxes))]
				if _, err := d.Coupang.CancelBox(b.ID, 1); err == nil {
					what = append(what, fmt.Sprintf("coupang cancel on box %d", b.ID))
				}
			}
		case 3:
			if id, err := d.Coupang.AddOrderOf(cashewFivePack, 1+rng.IntN(2)); err == nil {
				what = append(what, fmt.Sprintf("coupang bundle order %d", id))
			}
		case 4:
			if boxes := d.acceptBoxes(); len(boxes) > 0 {
				b := boxes[rng.IntN(len(boxes))]
				if len(b.VendorItems) > 0 && d.Coupang.SetExposedName(b.ID, b.VendorItems[0], lookalikeNames[rng.IntN(len(lookalikeNames))]) == nil {
					what = append(what, fmt.Sprintf("coupang option name mismatch on box %d", b.ID))
				}
			}
		case 5:
			if boxes := d.acceptBoxes(); len(boxes) > 0 {
				b := boxes[rng.IntN(len(boxes))]
				r := coupangsim.Receiver{Name: b.Receiver.Name, SafeNumber: b.Receiver.SafeNumber, ReceiverNumber: b.Receiver.ReceiverNumber,
					Addr1: "경기도 성남시 분당구 판교역로 235", Addr2: fmt.Sprintf("%d층", 2+rng.IntN(12)), PostCode: "13494"}
				if d.Coupang.ChangeReceiver(b.ID, r) == nil {
					what = append(what, fmt.Sprintf("coupang receiver change on box %d", b.ID))
				}
			}
		}
		if tick%10 == 0 {
			what = append(what, fmt.Sprintf("couriers moved %d coupang boxes", d.Coupang.AdvanceAll()))
		}
		if tick%5 == 0 {
			if id := d.moveHope(hopes); id != "" {
				what = append(what, "naver hope-delivery day moved "+id)
			}
		}
		if tick%7 == 0 {
			if id := d.coupangExchange(rng); id != 0 {
				what = append(what, fmt.Sprintf("coupang exchange on box %d", id))
			}
		}
		log.Info("demo life", "tick", tick, "events", what)
	}
}

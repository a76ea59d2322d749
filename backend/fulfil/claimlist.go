package fulfil

import (
	"context"
	"fmt"
	"sort"
	"time"

	"sellerdesk/backend/coupang"
	"sellerdesk/backend/lists"
	"sellerdesk/backend/naver"
	"sellerdesk/backend/order"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// The claims screen (클레임) and `sellerdesk claims`: every open claim in the store, oldest first,
// with its box, what the marketplace expects of the seller and the answers claimMay allows.

// ClaimAnswer is one answer the seller may give a listed claim.
type ClaimAnswer struct {
	Action ClaimAction `json:"action"`
	Label  string      `json:"label"`
	// Needs is "parcel", "reason", "holdback", "rejectCode" or "" (ClaimAction.Needs).
	Needs string `json:"needs,omitempty"`
}

// OpenClaim is one open claim as the screens and the CLI list it.
type OpenClaim struct {
	Key         string            `json:"key"`
	Market      order.Marketplace `json:"market"`
	MarketLabel string            `json:"marketLabel"`
	ID          string            `json:"id"`
	OrderID     string            `json:"orderId"`
	Receiver    string            `json:"receiver"`
	Product     string            `json:"product"`
	BoxStatus   order.Status      `json:"boxStatus"`
	BoxLabel    string            `json:"boxStatusLabel"`
	Kind        order.ClaimType   `json:"kind"`
	KindLabel   string            `json:"kindLabel"`
	ClaimID     string            `json:"claimId,omitempty"`
	// State is the marketplace's claim state, verbatim (Coupang receiptStatus, Naver claimStatus).
	State string `json:"state"`
	// StateLabel is the state in Korean where SellerDesk knows the marketplace's words for it
	// (Coupang exchanges: ClaimStateLabel), else "".
	StateLabel  string    `json:"stateLabel,omitempty"`
	Reason      string    `json:"reason,omitempty"`
	RequestedAt time.Time `json:"requestedAt"`
	Quantity    int       `json:"quantity,omitempty"`
	HeldBack    bool      `json:"heldBack,omitempty"`
	// StopRequested: a Coupang 출고중지 요청 waiting for the seller's answer.
	StopRequested bool `json:"stopRequested,omitempty"`
	// Todo is what the marketplace expects of the seller, in Korean (ClaimTodo).
	Todo    string        `json:"todo"`
	Answers []ClaimAnswer `json:"answers"`
	// RedeliveryBoxes are a Coupang exchange's re-delivery boxes, each with its invoice once
	// uploaded: 교환 재배송 takes one courier and number per box without one (ClaimRequest.Boxes).
	RedeliveryBoxes []RedeliveryBox `json:"redeliveryBoxes,omitempty"`
	// SellerCentre and SellerCentreURL: where the seller gives the answers SellerDesk cannot send.
	SellerCentre    string `json:"sellerCentre"`
	SellerCentreURL string `json:"sellerCentreUrl"`
}

// SellerCentreURL is the seller centre's address.
func SellerCentreURL(m order.Marketplace) string {
	switch m {
	case order.Naver:
		return naver.SellerCentreURL
	case order.Coupang:
		return coupang.SellerCentreURL
	}
	return ""
}

// OpenClaims lists the open claims in st (of market only, "naver" or "coupang", when given),
// oldest request first.
func OpenClaims(ctx context.Context, st *store.Store, market string) ([]OpenClaim, error) {
	f := openClaims()
	if market != "" {
		m, err := order.ParseMarketplace(market)
		if err != nil {
			return nil, usererr.New("알 수 없는 마켓입니다: "+market, err)
		}
		f.Markets = []order.Marketplace{m}
	}
	keys, err := st.Keys(ctx, f)
	if err != nil {
		return nil, fmt.Errorf("fulfil: open claims: %w", err)
	}
	ships, err := st.Shipments(ctx, keys)
	if err != nil {
		return nil, fmt.Errorf("fulfil: open claims: %w", err)
	}
	out := make([]OpenClaim, 0, len(ships))
	for i := range ships {
		if c := ships[i].Claim; c != nil && c.Open {
			out = append(out, OpenClaimOf(&ships[i]))
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].RequestedAt, out[j].RequestedAt
		if !a.Equal(b) {
			return a.Before(b)
		}
		return out[i].Key < out[j].Key
	})
	return out, nil
}

// OpenClaimOf is the listed form of the open claim of s.
func OpenClaimOf(s *order.Shipment) OpenClaim {
	c := s.Claim
	state := c.MarketStatus
	if c.Stage != "" {
		state = c.Stage
	}
	v := OpenClaim{Key: s.Key(), Market: s.Marketplace, MarketLabel: s.Marketplace.Label(), ID: s.ID, OrderID: s.OrderID,
		Receiver: s.Receiver.Name, BoxStatus: s.Status, BoxLabel: s.Status.Label(), Kind: c.Type, KindLabel: c.Type.Label(),
		ClaimID: c.ID, State: state, StateLabel: ClaimStateLabel(s), Reason: c.Reason, RequestedAt: c.RequestedAt, Quantity: c.Quantity, HeldBack: c.HeldBack,
		StopRequested: c.StopRequested, Todo: ClaimTodo(s), Answers: []ClaimAnswer{},
		SellerCentre: sellerCentre(s.Marketplace), SellerCentreURL: SellerCentreURL(s.Marketplace)}
	if s.Marketplace == order.Coupang && c.StopRequested {
		v.KindLabel = "출고중지 요청"
	}
	if len(s.Lines) > 0 {
		v.Product = s.Lines[0].ProductName
		if o := s.Lines[0].OptionName; o != "" {
			v.Product += " / " + o
		}
		if len(s.Lines) > 1 {
			v.Product += fmt.Sprintf(" 외 %d건", len(s.Lines)-1)
		}
	}
	for _, a := range ClaimActions(s) {
		v.Answers = append(v.Answers, ClaimAnswer{Action: a, Label: a.Label(), Needs: a.NeedsOn(s.Marketplace)})
	}
	if s.Marketplace == order.Coupang && c.Type == order.ClaimExchange {
		v.RedeliveryBoxes = redeliveryBoxes(c)
	}
	return v
}

// RedeliveryBox is one re-delivery box of an exchange as the screens show it: its id and, once
// uploaded, the courier's name and the number.
type RedeliveryBox struct {
	Box     string `json:"box"`
	Courier string `json:"courier,omitempty"`
	Number  string `json:"number,omitempty"`
}

// redeliveryBoxes are the re-delivery boxes of claim c, the courier named as the courier table
// names it (the marketplace's code when the table does not know it).
func redeliveryBoxes(c *order.Claim) []RedeliveryBox {
	if len(c.RedeliveryBoxes) == 0 {
		return nil
	}
	table, _ := lists.DefaultCouriers()
	out := make([]RedeliveryBox, 0, len(c.RedeliveryBoxes))
	for _, b := range c.RedeliveryBoxes {
		rb := RedeliveryBox{Box: b}
		if inv, ok := c.RedeliveryInvoice(b); ok {
			rb.Courier, rb.Number = inv.Courier, inv.Number
			if cr, ok := table.Lookup(inv.Courier); ok {
				rb.Courier = cr.Name
			}
		}
		out = append(out, rb)
	}
	return out
}

// Choice is one documented code of an answer with its Korean.
type Choice struct {
	Code  string `json:"code"`
	Label string `json:"label"`
}

// ClaimChoices are the documented lists the answers choose from: the 발송지연 reasons, the
// holdback types of a Naver return and of a Naver exchange, and the reject codes of a Coupang
// exchange, in the pages' order.
type ClaimChoices struct {
	DelayReasons          []Choice `json:"delayReasons"`
	HoldbackTypes         []Choice `json:"holdbackTypes"`
	ExchangeHoldbackTypes []Choice `json:"exchangeHoldbackTypes"`
	ExchangeRejectCodes   []Choice `json:"exchangeRejectCodes"`
}

// Choices are the documented 발송지연 reasons, return holdback types and exchange reject codes.
func Choices() ClaimChoices {
	out := ClaimChoices{DelayReasons: []Choice{}, HoldbackTypes: []Choice{}, ExchangeHoldbackTypes: []Choice{}, ExchangeRejectCodes: []Choice{}}
	for _, c := range naver.ExchangeHoldbackTypes() {
		out.ExchangeHoldbackTypes = append(out.ExchangeHoldbackTypes, Choice{Code: c, Label: naver.ExchangeHoldbackTypeLabel(c)})
	}
	for _, c := range coupang.ExchangeRejectCodes() {
		out.ExchangeRejectCodes = append(out.ExchangeRejectCodes, Choice{Code: c, Label: coupang.ExchangeRejectLabel(c)})
	}
	for _, c := range naver.DelayReasons() {
		out.DelayReasons = append(out.DelayReasons, Choice{Code: c, Label: naver.DelayReasonLabel(c)})
	}
	for _, c := range naver.ReturnHoldbackTypes() {
		out.HoldbackTypes = append(out.HoldbackTypes, Choice{Code: c, Label: naver.HoldbackTypeLabel(c)})
	}
	return out
}

// openClaims selects the shipments with an open claim: its CLAIM_OPEN finding is raised while
// the marketplace's claim is open and only the marketplace clears it.
func openClaims() store.Filter { return store.Filter{Findings: []order.FindingCode{order.ClaimOpen}} }

// CountOpenClaims counts the shipments with an open claim from the store's index alone, without
// reading them (the sidebar's 클레임 badge, asked on every change).
func CountOpenClaims(ctx context.Context, st *store.Store) (int, error) {
	keys, err := st.Keys(ctx, openClaims())
	if err != nil {
		return 0, fmt.Errorf("fulfil: count open claims: %w", err)
	}
	return len(keys), nil
}

package fulfil

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"sellerdesk/backend/lists"
	"sellerdesk/backend/order"
	"sellerdesk/backend/sheet"
	"sellerdesk/backend/store"
	"sellerdesk/backend/usererr"
)

// MaxTrackingFileSize bounds a courier's result file (a day's file is a few hundred kB).
const MaxTrackingFileSize = 20 << 20

// lookupCourier finds a courier by name, alias or code, with a Korean error listing the choices.
func lookupCourier(table *lists.CourierTable, name string) (lists.Courier, error) {
	c, ok := table.Lookup(name)
	if ok {
		return c, nil
	}
	names := make([]string, 0, 8)
	for _, c := range table.All() {
		names = append(names, c.Name)
	}
	return lists.Courier{}, usererr.New(fmt.Sprintf("알 수 없는 택배사입니다: %s. 고를 수 있는 택배사: %s", name, strings.Join(names, ", ")),
		fmt.Errorf("unknown courier %q", name))
}

// checkTracking reads a typed-in tracking number by the courier's rule (lists.ReadTrackingNumber,
// the same rule as the file import and the dispatch): digits only (spaces and hyphens are
// dropped), one of the courier's lengths and its check digit. Nothing is repaired.
func checkTracking(c lists.Courier, raw string) (string, error) {
	chk := lists.ReadTrackingNumber(raw, c)
	if chk.Issue.Usable() && chk.Number != "" {
		return chk.Number, nil
	}
	note := chk.Note
	if chk.Issue == lists.ZerosLost {
		// typed in, not from Excel: say only what is wrong
		note = fmt.Sprintf("운송장번호 자릿수가 %s 번호(%s자리)와 맞지 않습니다 (%s).", c.Name, digitsList(c.TrackingDigits), raw)
	}
	if note == "" {
		note = "운송장번호를 읽을 수 없습니다."
	}
	return "", usererr.New(note, fmt.Errorf("tracking number %q for %s: %s", raw, c.Name, chk.Issue))
}

func digitsList(ds []int) string {
	out := make([]string, 0, len(ds))
	for _, d := range ds {
		out = append(out, strconv.Itoa(d))
	}
	return strings.Join(out, ", ")
}

// storeTracking sets a shipment's courier and tracking number with its audit entry, in one
// transaction. A shipment already dispatched keeps its number (a different one is an error).
func (p *Pipeline) storeTracking(ctx context.Context, key string, c lists.Courier, number, by, action, detail string) (bool, error) {
	changed := false
	err := p.cfg.Store.Update(ctx, key, func(s *order.Shipment) error {
		if c.Code(s.Marketplace) == "" {
			return usererr.New(fmt.Sprintf("%s는 %s에서 쓸 수 없는 택배사입니다.", c.Name, s.Marketplace.Label()),
				fmt.Errorf("courier %s has no %s code", c.Name, s.Marketplace))
		}
		if s.Status.Dispatched() {
			if s.TrackingNumber == number {
				return nil
			}
			return usererr.New(fmt.Sprintf("이미 운송장번호 %s로 발송처리된 주문입니다. 번호를 바꾸려면 판매자센터에서 송장 수정을 하세요.", s.TrackingNumber),
				fmt.Errorf("%s already dispatched", key))
		}
		if s.Status.Final() {
			return usererr.New(fmt.Sprintf("%s 상태의 주문에는 운송장을 넣을 수 없습니다.", s.Status.Label()), fmt.Errorf("%s is %s", key, s.Status))
		}
		changed = s.Courier != c.Name || s.TrackingNumber != number
		if changed && s.TrackingNumber != "" {
			detail += fmt.Sprintf(" (이전: %s %s)", s.Courier, s.TrackingNumber)
		}
		s.Courier, s.TrackingNumber = c.Name, number
		return nil
	}, store.AuditEntry{Actor: by, Action: action, Detail: detail})
	return changed, err
}

// SetTracking sets (or, with an empty number, clears) one shipment's courier and tracking number.
func (p *Pipeline) SetTracking(ctx context.Context, key, courierName, trackingNumber, by string) error {
	if _, _, err := order.SplitKey(strings.TrimSpace(key)); err != nil {
		return usererr.New("주문 번호가 올바르지 않습니다.", err)
	}
	key = strings.TrimSpace(key)
	if by == "" {
		by = "seller"
	}
	if strings.TrimSpace(trackingNumber) == "" {
		err := p.cfg.Store.Update(ctx, key, func(s *order.Shipment) error {
			if s.Status.Dispatched() {
				return usererr.New("이미 발송처리된 주문의 운송장번호는 지울 수 없습니다.", fmt.Errorf("%s already dispatched", key))
			}
			s.Courier, s.TrackingNumber = "", ""
			return nil
		}, store.AuditEntry{Actor: by, Action: "tracking-clear", Detail: "운송장번호를 지웠습니다."})
		return trackingErr(err)
	}
	c, err := lookupCourier(p.couriers, courierName)
	if err != nil {
		return err
	}
	number, err := checkTracking(c, trackingNumber)
	if err != nil {
		return err
	}
	s, err := p.cfg.Store.Shipment(ctx, key)
	if err != nil {
		return trackingErr(err)
	}
	byNumber, err := NumberedShipments(ctx, p.cfg.Store)
	if err != nil {
		return err
	}
	if taken := lists.TrackingNumberTaken(number, []*order.Shipment{&s}, byNumber[number]); len(taken) > 0 {
		return usererr.New(lists.TakenMessage(number, taken), fmt.Errorf("tracking number %s for %s already on %s", number, key, taken[0].Key()))
	}
	_, err = p.storeTracking(ctx, key, c, number, by, "tracking-set", fmt.Sprintf("운송장 입력: %s %s", c.Name, number))
	if err == nil {
		p.cfg.Changed([]string{key})
	}
	return trackingErr(err)
}

func trackingErr(err error) error {
	var ue *usererr.Error
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ue):
		return ue
	case errors.Is(err, store.ErrNotFound):
		return usererr.New("이 주문을 찾을 수 없습니다. 목록을 새로 고치세요.", err)
	}
	return fmt.Errorf("fulfil: tracking: %w", err)
}

// TrackingImportRequest is a courier's result file to read.
type TrackingImportRequest struct {
	FileName string
	Data     []byte
	// Courier names the courier (default CJ대한통운); its number lengths clean the numbers.
	Courier string
	// DryRun matches the file without storing anything.
	DryRun bool
	By     string
}

// TrackingProblem is a matched row whose number could not be stored.
type TrackingProblem struct {
	Row          int      `json:"row"`
	ShipmentKeys []string `json:"shipmentKeys"`
	Message      string   `json:"message"` // Korean
}

// TrackingImportView is what the 송장 가져오기 screen shows after reading a courier's file.
type TrackingImportView struct {
	FileName string `json:"fileName"`
	Courier  string `json:"courier"`
	Format   string `json:"format"`
	Encoding string `json:"encoding"`
	Rows     int    `json:"rows"`
	// Matched rows found exactly one box and carry a usable number; Unmatched found none;
	// Ambiguous need the seller to choose; Unreadable found their box but the number is lost.
	Matched    []lists.TrackingMatch `json:"matched"`
	Unmatched  []lists.TrackingRow   `json:"unmatched"`
	Ambiguous  []lists.AmbiguousRow  `json:"ambiguous"`
	Unreadable []lists.TrackingMatch `json:"unreadable"`
	// Problems are matched rows whose number was not stored (e.g. a box already sent with another number).
	Problems []TrackingProblem `json:"problems"`
	// Keys are the shipments that now carry the file's numbers (or would, in a dry run): what
	// Dispatch is called with next.
	Keys []string `json:"keys"`
	// Set counts the shipments whose number was stored or changed.
	Set    int  `json:"set"`
	DryRun bool `json:"dryRun"`
}

// ImportTracking reads a courier's result file (XLSX or CSV), matches its rows to the shipments
// and — unless DryRun — stores the matched tracking numbers, each audited.
func (p *Pipeline) ImportTracking(ctx context.Context, req TrackingImportRequest) (TrackingImportView, error) {
	if len(req.Data) == 0 {
		return TrackingImportView{}, usererr.New("파일이 비어 있습니다.", errors.New("tracking import: empty file"))
	}
	if len(req.Data) > MaxTrackingFileSize {
		return TrackingImportView{}, usererr.New("파일이 너무 큽니다(20MB 이하).", fmt.Errorf("tracking import: %d bytes", len(req.Data)))
	}
	if req.By == "" {
		req.By = "seller"
	}
	if strings.TrimSpace(req.Courier) == "" {
		req.Courier = lists.DefaultCourier
	}
	c, err := lookupCourier(p.couriers, req.Courier)
	if err != nil {
		return TrackingImportView{}, err
	}
	file, err := lists.ParseTrackingFile(req.Data, c)
	if err != nil {
		msg := "택배사 결과 파일을 읽지 못했습니다. 엑셀(xlsx)이나 CSV 파일인지 확인하세요."
		var re *sheet.ReadError
		switch {
		case errors.Is(err, lists.ErrNoTrackingColumn):
			msg = "파일에서 운송장번호 열을 찾지 못했습니다. 택배사에서 받은 결과 파일인지 확인하세요."
		case errors.As(err, &re):
			msg = re.Korean
		}
		return TrackingImportView{}, usererr.New(msg, fmt.Errorf("tracking import %s: %w", req.FileName, err))
	}
	keys, err := p.cfg.Store.Keys(ctx, store.Filter{Statuses: TrackingCandidates()})
	if err != nil {
		return TrackingImportView{}, fmt.Errorf("tracking import: select shipments: %w", err)
	}
	ships, err := p.cfg.Store.Shipments(ctx, keys)
	if err != nil {
		return TrackingImportView{}, fmt.Errorf("tracking import: read shipments: %w", err)
	}
	res := lists.MatchTracking(file.Rows, ships)
	v := TrackingImportView{FileName: filepath.Base(req.FileName), Courier: c.Name, Format: file.Format, Encoding: file.Encoding,
		Rows: len(file.Rows), Matched: res.Matched, Unmatched: res.Unmatched, Ambiguous: res.Ambiguous, Unreadable: res.Unreadable,
		Problems: []TrackingProblem{}, Keys: []string{}, DryRun: req.DryRun}
	byKey := make(map[string]*order.Shipment, len(ships))
	for i := range ships {
		byKey[ships[i].Key()] = &ships[i]
	}
	for _, m := range res.Matched {
		for _, k := range m.ShipmentKeys {
			s := byKey[k]
			if s == nil {
				continue
			}
			if req.DryRun {
				if c.Code(s.Marketplace) == "" {
					v.Problems = append(v.Problems, TrackingProblem{Row: m.Row.Row, ShipmentKeys: []string{k},
						Message: fmt.Sprintf("%s는 %s에서 쓸 수 없는 택배사입니다.", c.Name, s.Marketplace.Label())})
					continue
				}
				v.Keys = append(v.Keys, k)
				continue
			}
			if s.Status.Dispatched() && s.TrackingNumber == m.Row.TrackingNumber {
				v.Keys = append(v.Keys, k) // already sent with this number: nothing to store
				continue
			}
			detail := fmt.Sprintf("운송장 가져오기: %s %s (%s %d행)", c.Name, m.Row.TrackingNumber, v.FileName, m.Row.Row)
			changed, err := p.storeTracking(ctx, k, c, m.Row.TrackingNumber, req.By, "tracking-import", detail)
			if err != nil {
				v.Problems = append(v.Problems, TrackingProblem{Row: m.Row.Row, ShipmentKeys: []string{k}, Message: sellerMessage("", trackingErr(err))})
				continue
			}
			if changed {
				v.Set++
			}
			v.Keys = append(v.Keys, k)
		}
	}
	if v.Set > 0 {
		p.cfg.Changed(v.Keys)
	}
	return v, nil
}

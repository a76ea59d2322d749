package cli

import (
	"fmt"
	"io"
	"strings"

	"sellerdesk/backend/fulfil"
)

// redeliveryBoxes is the repeatable --box of exchange-redeliver: one Coupang re-delivery box and its
// parcel, BOXID=NUMBER (the courier of --courier) or BOXID=COURIER:NUMBER, in the order given.
type redeliveryBoxes struct {
	boxes []fulfil.BoxParcel
}

func (r *redeliveryBoxes) String() string {
	if r == nil {
		return ""
	}
	parts := make([]string, 0, len(r.boxes))
	for _, b := range r.boxes {
		parts = append(parts, b.Box+"="+b.Courier+":"+b.TrackingNumber)
	}
	return strings.Join(parts, ",")
}

func (r *redeliveryBoxes) Set(v string) error {
	box, parcel, ok := strings.Cut(v, "=")
	box, parcel = strings.TrimSpace(box), strings.TrimSpace(parcel)
	if !ok || box == "" || parcel == "" {
		return fmt.Errorf("--box 는 재배송박스ID=운송장번호 또는 재배송박스ID=택배사:운송장번호 로 적어 주세요 (예: --box 853138000000005668=CJ대한통운:640012345681) / want BOXID=NUMBER or BOXID=COURIER:NUMBER, got %q", v)
	}
	courier, number, named := strings.Cut(parcel, ":")
	if !named {
		courier, number = "", parcel
	}
	r.boxes = append(r.boxes, fulfil.BoxParcel{Box: box, Courier: strings.TrimSpace(courier), TrackingNumber: strings.TrimSpace(number)})
	return nil
}

// withCourier gives the boxes written without a courier the courier of --courier.
func (r *redeliveryBoxes) withCourier(courier string) []fulfil.BoxParcel {
	out := make([]fulfil.BoxParcel, len(r.boxes))
	for i, b := range r.boxes {
		if b.Courier == "" {
			b.Courier = courier
		}
		out[i] = b
	}
	return out
}

// printRedeliveryBoxes lists an exchange's re-delivery boxes under its claim, each with its invoice
// or as waiting for one.
func printRedeliveryBoxes(w io.Writer, boxes []fulfil.RedeliveryBox) {
	if len(boxes) == 0 {
		return
	}
	parts := make([]string, 0, len(boxes))
	for _, b := range boxes {
		if b.Number == "" {
			parts = append(parts, b.Box+" (송장 없음)")
		} else {
			parts = append(parts, fmt.Sprintf("%s (%s %s)", b.Box, b.Courier, b.Number))
		}
	}
	fmt.Fprintf(w, "    재배송 박스 / re-delivery boxes: %s\n", strings.Join(parts, ", "))
}

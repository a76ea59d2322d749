package check

import "sellerdesk/backend/order"

// A word of form or use (오일, 미스트, 실내용, 저칼로리: modifierWords) that only the seller's
// registered name writes, while the name the buyer saw says nothing of it, contradicts nothing
// the buyer was shown: the seller's own name describes its goods at more length than the
// catalogue's (실내용 농구공, 저칼로리 식단). The same word written only in the buyer's name still
// asks for a look: the buyer chose that form (립 글로우 오일 against 립 글로우).

// dropSellerOnlyForms leaves out, in place, the form warnings whose word only the registered
// name writes.
func dropSellerOnlyForms(diffs []Difference) []Difference {
	out := diffs[:0]
	for _, d := range diffs {
		if d.Kind == KindForm && d.Severity == order.Warn && d.Exposed == "" && d.Registered != "" {
			continue
		}
		out = append(out, d)
	}
	return out
}

package check

import "strings"

// dropTwinSizes leaves out the sizes of fs that rd writes right beside another size word of its
// own that other writes too (XL 초대형 against 초대형): one size in two notations. It filters fs in
// place.
func dropTwinSizes(fs []fact, rd, other *reading) []fact {
	out := fs[:0]
	for _, f := range fs {
		if !rd.twinSize(f, other) {
			out = append(out, f)
		}
	}
	return out
}

func (rd *reading) twinSize(f fact, other *reading) bool {
	for _, g := range rd.sizes {
		if g.key == f.key || !hasFact(other.sizes, g.key) {
			continue
		}
		a, b := f.sp, g.sp
		if a.Start > b.Start {
			a, b = b, a
		}
		if a.End <= b.Start && strings.TrimSpace(rd.name[a.End:b.Start]) == "" {
			return true
		}
	}
	return false
}

func hasFact(fs []fact, key string) bool {
	for _, f := range fs {
		if f.key == key {
			return true
		}
	}
	return false
}

package check

// Both sides written as the two sides joined by a plus (좌+우, 왼쪽+오른쪽) are the pair a name
// that writes 좌우 or 양쪽 sells, not a left part and a right part against a pair: the side kind
// reads 좌 and 우 as two values, so without this 좌우 세트 against 좌+우 1세트 blocked.

// sidesJoined reports whether ef, the side values of e, are the left and the right side only,
// written as parts joined by a plus, while rf, the side values of the other name, all say both.
func sidesJoined(rf, ef []fact, e *reading) bool {
	if len(rf) == 0 || len(ef) == 0 {
		return false
	}
	for _, f := range rf {
		if f.key != "양쪽" {
			return false
		}
	}
	left, right := false, false
	for _, f := range ef {
		switch f.key {
		case "운전석":
			left = true
		case "조수석":
			right = true
		default:
			return false
		}
	}
	if !left || !right {
		return false
	}
	for g := range wholeParts {
		if wp := &wholeParts[g]; inList(wp.wholes, "좌우") {
			w, end := e.writesWhole(wp)
			return w >= 0 && end > w // 좌+우: the whole written as its parts
		}
	}
	return false
}

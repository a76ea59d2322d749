package check

// A bundle offer written in the title ([1+1] 카메라 넥스트랩, 2+1 세트) says how many pieces the
// buyer gets for one purchase: unlike a title's count of what one unit holds (핫도그 5입), it is
// not left out by a catalogue that counts one sale unit (", 1개"), so titleCountOnly does not
// take it for the contents of a unit.

// offerRun reports whether the count run c of rd is written as a bundle offer: numbers joined by
// plus signs (1+1, 2+1, 1+1+1), a counter after the last at most.
func offerRun(rd *reading, c countRun) bool {
	if c.sp.Start < 0 || c.sp.End > len(rd.name) || c.sp.Start >= c.sp.End {
		return false
	}
	s := rd.name[c.sp.Start:c.sp.End]
	plus, digits := 0, 0
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b >= '0' && b <= '9':
			digits++
		case b == '+':
			plus++
		case spaceByte(b):
		default:
			return false
		}
	}
	return plus > 0 && digits > plus
}

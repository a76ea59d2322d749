package check

// A seller's title says what the goods leave out ([무향] 유아 로션, 코코아파우더 100% 무가당 베이킹용,
// 배변봉투 리필 롤 무향) as praise, the way it says 저자극 or 대용량: the catalogue name leaves it out
// and the goods are the same. Chosen in the option (핸드크림 / 무향 56g), or against a scent or
// flavour the other name writes (무향 against 라벤더향), it still differs.

// absentTastes are the values that say a taste or a smell is left out (무향, 무가당 and its
// spelling 무설탕).
var absentTastes = map[string]bool{"무향": true, "무가당": true}

// titleSaysAbsent reports whether every fact of fs (rd's flavours or scents, the other name
// stating none) says a taste or a smell is left out and is written in rd's title.
func (rd *reading) titleSaysAbsent(fs []fact) bool {
	if rd.optStart == 0 || rd.optStart >= len(rd.name) || len(fs) == 0 {
		return false
	}
	for _, f := range fs {
		if f.sp.End > rd.optStart || !absentTastes[f.key] {
			return false
		}
	}
	return true
}

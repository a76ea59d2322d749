package check

// jackSizes are the plug sizes of audio gear in mm (3.5mm, 2.5mm, 6.3mm / 6.35mm): beside a
// microphone, earphones or a cable they name the plug, not a length of the goods.
var jackSizes = [...]float64{2.5, 3.5, 6.3, 6.35}

// audioWords are the words of a name that make a jack size a plug.
var audioWords = map[string]bool{
	"마이크": true, "이어폰": true, "헤드폰": true, "헤드셋": true, "잭": true, "aux": true, "오디오": true, "스피커": true,
	"케이블": true, "젠더": true, "단자": true, "플러그": true, "핀마이크": true, "라발리에": true, "mic": true, "audio": true,
}

// dropJacks leaves out the lengths of fs that are a jack size when rd writes an audio word and
// other writes no jack size: a plug said by one name only (two plug sizes still differ). It
// filters fs in place.
func dropJacks(fs []fact, rd, other *reading) []fact {
	if len(fs) == 0 || !rd.writesAudio() || other.writesJack() {
		return fs
	}
	out := fs[:0]
	for _, f := range fs {
		if !jackSize(f.value) {
			out = append(out, f)
		}
	}
	return out
}

func jackSize(v float64) bool {
	for _, j := range jackSizes {
		if same(v, j) {
			return true
		}
	}
	return false
}

// writesJack reports whether rd writes a length of a jack size.
func (rd *reading) writesJack() bool {
	for i := range rd.measures {
		if t := &rd.measures[i]; t.dim == dimLength && jackSize(t.value) {
			return true
		}
	}
	return false
}

func (rd *reading) writesAudio() bool {
	for i := range rd.toks {
		if t := &rd.toks[i]; t.kind == tWord && (audioWords[t.text] || audioWords[t.raw]) {
			return true
		}
	}
	return false
}

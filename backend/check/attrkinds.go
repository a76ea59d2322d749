package check

// factKinds records which kinds of attribute a reading holds, one bit a kind (kindsBit), so
// that a rule that looks in rd.attrs for one kind returns at once when the name reads none. It
// is kept where facts are appended to rd.attrs (addAttribute and the two rules that append
// their own) and is not cleared when a rule drops a fact: a bit says the reading may hold the
// kind, a clear bit that it holds none. Several kinds share a bit.
type factKinds uint64

// kindsBit is the bit of the attribute kind k: its first and last bytes and its length.
func kindsBit(k string) factKinds {
	if k == "" {
		return 1
	}
	return 1 << ((uint(k[0]) + 3*uint(k[len(k)-1]) + 7*uint(len(k))) & 63)
}

// holds reports whether rd may hold an attribute of kind k.
func (rd *reading) holds(k string) bool { return rd.kinds&kindsBit(k) != 0 }

// appendAttr appends f to rd's attributes and records its kind.
func (rd *reading) appendAttr(f fact) {
	rd.attrs = append(rd.attrs, f)
	rd.kinds |= kindsBit(f.kind)
}

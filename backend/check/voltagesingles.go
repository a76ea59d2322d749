package check

// Voltages written one by one. A device for two voltages may be written with each voltage a
// code of its own (12V 24V 겸용) where the other name writes them as one list (12/24V, 12V/24V):
// the same device. joinVoltageSingles reads rd's single voltages that together are every voltage
// of a list of other's, and no voltage more (12V 24V 36V is not 12/24V), as that list, so that neither the voltage rule (voltage.go) nor the codes
// read a device for one voltage, or a code the other does not write.

// joinVoltageSingles rewrites rd's models, as above: the first single voltage of the list takes
// the list's key and spelling, and the others are left out.
func (rd *reading) joinVoltageSingles(other *reading) {
	if len(rd.models) < 2 || len(other.models) == 0 {
		return
	}
	for _, m := range other.models {
		var buf [4]string
		list, ok := voltageSet(m.text, buf[:0])
		if !ok || len(list) < 2 {
			continue
		}
		var at [4]int
		found := at[:0]
		for _, v := range list {
			k := rd.singleVoltage(v)
			if k < 0 {
				break
			}
			found = append(found, k)
		}
		if len(found) != len(list) || rd.singleVoltages() != len(list) {
			continue // 12V 24V 36V against 12/24V: a voltage more than the list
		}
		first := found[0]
		rd.models[first].key, rd.models[first].text = m.key, m.text // read as the list it writes
		for i := len(rd.models) - 1; i >= 0; i-- {
			for _, k := range found[1:] {
				if i == k {
					rd.models = append(rd.models[:i], rd.models[i+1:]...)
					break
				}
			}
		}
		return
	}
}

// singleVoltage is the index of rd's model that writes the voltage v alone, -1 when none does.
func (rd *reading) singleVoltage(v string) int {
	for i := range rd.models {
		var buf [4]string
		if vs, ok := voltageSet(rd.models[i].text, buf[:0]); ok && len(vs) == 1 && vs[0] == v {
			return i
		}
	}
	return -1
}

// singleVoltages is how many of rd's models write one voltage alone.
func (rd *reading) singleVoltages() int {
	n := 0
	for i := range rd.models {
		var buf [4]string
		if vs, ok := voltageSet(rd.models[i].text, buf[:0]); ok && len(vs) == 1 {
			n++
		}
	}
	return n
}

// dualWords say that the voltages a name writes one by one are one device's (12V 24V 겸용).
var dualWords = [...]string{"겸용", "프리볼트"}

// sigDualWords are the signatures of dualWords: a name that may write none pays no scan.
var sigDualWords = sigsOf(dualWords[:]...)

// dualAgainstOne reads rd's single voltages, written with a dual word (12V 24V 겸용), against
// other's one voltage alone (12V), other writing no other voltage: a device for fewer voltages,
// as a list against one of its voltages is (compareVoltages). volts are rd's voltages, single
// other's.
func (rd *reading) dualAgainstOne(other *reading) (volts []fact, single *fact, ok bool) {
	if len(rd.models) < 2 || len(other.models) == 0 || !rd.says.mayWriteAny(sigDualWords) ||
		!rd.writesWordText(dualWords[0]) && !rd.writesWordText(dualWords[1]) {
		return nil, nil, false
	}
	sv := ""
	for i := range other.models {
		var buf [4]string
		vs, isVolt := voltageSet(other.models[i].text, buf[:0])
		if !isVolt {
			continue
		}
		if len(vs) > 1 || single != nil {
			return nil, nil, false // a list, or two voltages: not one voltage alone
		}
		single, sv = &other.models[i], vs[0]
	}
	if single == nil {
		return nil, nil, false
	}
	has, more := false, false
	for i := range rd.models {
		var buf [4]string
		vs, isVolt := voltageSet(rd.models[i].text, buf[:0])
		switch {
		case !isVolt:
			continue
		case len(vs) > 1:
			return nil, nil, false // a list of its own: compareVoltages reads it
		case vs[0] == sv:
			has = true
		default:
			more = true
		}
		volts = append(volts, rd.models[i])
	}
	return volts, single, has && more
}

package py

// The __slots__ entries of the attribute sites (SlotHit, SlotSetHit) hold
// for one type epoch. Rather than store the epoch beside the class and
// compare both at every hit, the sites whose entry is set are listed here
// and a move of the epoch empties them: the hit compares the class alone.
// A site is listed once until emptied, so the lists hold at most the
// sites filled since the last move.

var (
	slotLoads  []*AttrCache
	slotStores []*SetAttrCache
)

// TypeEpoch is the type epoch: a cache of a class lookup made outside
// this package holds while it stays the same.
func TypeEpoch() uint64 { return typeEpoch }

// bumpTypeEpoch moves the type epoch (a class dict or an MRO changed):
// every cache made before misses, and the slot entries are emptied.
func bumpTypeEpoch() {
	typeEpoch++
	if len(slotLoads)+len(slotStores) != 0 {
		clearSlotSites()
	}
	if len(methodSites) != 0 {
		clearMethodSites()
	}
	if len(binSites) != 0 {
		clearBinSites()
	}
	if len(fmethSites) != 0 {
		clearFMethSites()
	}
}

func clearSlotSites() {
	for i, c := range slotLoads {
		c.slotT, c.slotReg = nil, false
		slotLoads[i] = nil
	}
	slotLoads = slotLoads[:0]
	for i, c := range slotStores {
		c.slotT, c.slotReg = nil, false
		slotStores[i] = nil
	}
	slotStores = slotStores[:0]
}

// setSlotEntry gives the load site SlotHit's entry for instances of t,
// whose slot number slot (1 + its index) holds the name, in this epoch.
func (c *AttrCache) setSlotEntry(t *Type, slot int32) {
	c.slotT, c.slotOff = t, slotOffset(slot)
	if !c.slotReg {
		c.slotReg = true
		slotLoads = append(slotLoads, c)
	}
}

// setSlotEntry is AttrCache.setSlotEntry for SlotSetHit.
func (c *SetAttrCache) setSlotEntry(t *Type, slot int32) {
	c.slotT, c.slotOff = t, slotOffset(slot)
	if !c.slotReg {
		c.slotReg = true
		slotStores = append(slotStores, c)
	}
}

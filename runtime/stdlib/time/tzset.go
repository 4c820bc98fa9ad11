package time

import (
	"encoding/binary"
	"os"
	"strings"
	gotime "time"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// tzset is time.tzset: the local time zone becomes the one the TZ
// environment variable names (a zoneinfo name, ":name", or a POSIX TZ
// string such as "EST+05EDT,M3.2.0,M11.1.0"), or the system's when TZ is
// unset; timezone, altzone, daylight and tzname follow it.
func tzset(m *py.Module) {
	var loc *gotime.Location
	if tz, ok := os.LookupEnv("TZ"); !ok {
		// The system's zone (UTC without one, as C's).
		loc = gotime.UTC
		if data, err := os.ReadFile("/etc/localtime"); err == nil {
			if l, err := gotime.LoadLocationFromTZData("Local", data); err == nil {
				loc = l
			}
		}
	} else {
		loc = locationOf(tz)
	}
	gotime.Local = loc
	setZoneAttrs(m)
}

// locationOf is the zone a TZ value names; UTC when it names none (as C's
// tzset falls back to UTC).
func locationOf(tz string) *gotime.Location {
	name := strings.TrimPrefix(tz, ":")
	if name == "" {
		return gotime.UTC
	}
	if l, err := gotime.LoadLocation(name); err == nil {
		return l
	}
	// A POSIX TZ string: a TZif file with one transition at the dawn of
	// time and the string as its footer, which Go applies after it (an
	// invalid string leaves UTC, as C's tzset does).
	if l, err := gotime.LoadLocationFromTZData(tz, tzifFor(tz)); err == nil {
		return l
	}
	return gotime.UTC
}

// tzifFor builds a version 2 TZif file whose footer is the POSIX TZ string
// tz.
func tzifFor(tz string) []byte {
	header := func(version byte, timecnt, typecnt, charcnt uint32) []byte {
		b := []byte("TZif")
		b = append(b, version)
		b = append(b, make([]byte, 15)...)
		for _, n := range []uint32{0, 0, 0, timecnt, typecnt, charcnt} {
			b = binary.BigEndian.AppendUint32(b, n)
		}
		return b
	}
	// v1 part: no transitions, one type (UTC) with one abbreviation.
	b := header('2', 0, 1, 4)
	b = append(b, 0, 0, 0, 0, 0, 0) // utoff 0, isdst 0, abbrind 0
	b = append(b, "UTC\x00"...)
	// v2 part: one transition, far in the past, to that type.
	b = append(b, header('2', 1, 1, 4)...)
	dawn := int64(-1) << 59
	b = binary.BigEndian.AppendUint64(b, uint64(dawn))
	b = append(b, 0)
	b = append(b, 0, 0, 0, 0, 0, 0)
	b = append(b, "UTC\x00"...)
	b = append(b, '\n')
	b = append(b, tz...)
	b = append(b, '\n')
	return b
}

// setZoneAttrs sets timezone, altzone, daylight and tzname from the local
// zone's standard and daylight offsets this year (January and July).
func setZoneAttrs(m *py.Module) {
	year := gotime.Now().Year()
	jan := gotime.Date(year, 1, 1, 0, 0, 0, 0, gotime.Local)
	jul := gotime.Date(year, 7, 1, 0, 0, 0, 0, gotime.Local)
	jname, joff := jan.Zone()
	lname, loff := jul.Zone()
	stdName, stdOff, dstName, dstOff := jname, joff, lname, loff
	if jan.IsDST() && !jul.IsDST() {
		stdName, stdOff, dstName, dstOff = lname, loff, jname, joff
	}
	daylight := 0
	if joff != loff {
		daylight = 1
	}
	m.Set("timezone", py.Int(-stdOff))
	m.Set("altzone", py.Int(-dstOff))
	m.Set("daylight", py.Int(daylight))
	m.Set("tzname", py.NewTuple(py.Str(stdName), py.Str(dstName)))
}

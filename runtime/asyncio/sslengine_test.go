package asyncio

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"math/big"
	"net"
	"testing"
	"time"
)

func testCert(t *testing.T) (tls.Certificate, *x509.CertPool) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "localhost"}, DNSNames: []string{"localhost"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true, IsCA: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, _ := x509.ParseCertificate(der)
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, pool
}

// TestTLSEngine drives a client and a server engine the way SSLProtocol
// does (feed, settle, hand the output to the other side) from one
// goroutine, under -race in CI: the handshake, data both ways,
// close_notify, and closing an engine that waits for input.
func TestTLSEngine(t *testing.T) {
	cert, pool := testCert(t)
	ce, se := newTLSEngine(), newTLSEngine()
	cc := tls.Client(ce, &tls.Config{ServerName: "localhost", RootCAs: pool})
	sc := tls.Server(se, &tls.Config{Certificates: []tls.Certificate{cert}})
	go ce.run(cc)
	go se.run(sc)
	var cres, sres []tlsResult
	pump := func() {
		for i := 0; i < 20; i++ {
			r, out := ce.settle()
			cres = append(cres, r...)
			se.feed(out, false)
			r, out2 := se.settle()
			sres = append(sres, r...)
			ce.feed(out2, false)
			if len(out) == 0 && len(out2) == 0 {
				return
			}
		}
	}
	pump()
	if len(cres) == 0 || !cres[0].handshake || cres[0].err != nil || len(sres) == 0 || !sres[0].handshake || sres[0].err != nil {
		t.Fatalf("handshake: client %+v server %+v", cres, sres)
	}
	if _, err := cc.Write([]byte("ping")); err != nil {
		t.Fatal(err)
	}
	if _, err := sc.Write([]byte("pong")); err != nil {
		t.Fatal(err)
	}
	pump()
	got := func(rs []tlsResult) (data string, eof bool) {
		for _, r := range rs {
			data += string(r.data)
			eof = eof || errors.Is(r.err, io.EOF)
		}
		return
	}
	if d, _ := got(sres); d != "ping" {
		t.Errorf("server got %q", d)
	}
	if d, _ := got(cres); d != "pong" {
		t.Errorf("client got %q", d)
	}
	if err := cc.CloseWrite(); err != nil {
		t.Fatal(err)
	}
	pump()
	if _, eof := got(sres); !eof {
		t.Errorf("server saw no close_notify: %+v", sres)
	}
	ce.close()
	if r, _ := ce.settle(); len(r) != 1 || !errors.Is(r[0].err, net.ErrClosed) {
		t.Errorf("closed client engine: %+v", r)
	}
}

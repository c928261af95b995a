package stream

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// selfSigned writes a CA-less self-signed certificate for 127.0.0.1 and
// returns it with the path of its PEM.
func selfSigned(tb testing.TB) (tls.Certificate, string) {
	tb.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		tb.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "tonetrack test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, IsCA: true, BasicConstraintsValid: true,
		KeyUsage:    x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		tb.Fatal(err)
	}
	ca := filepath.Join(tb.TempDir(), "ca.pem")
	if err := os.WriteFile(ca, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		tb.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, ca
}

func startServer(tb testing.TB, opts *server.Options) *server.Server {
	tb.Helper()
	opts.Host, opts.Port, opts.NoLog, opts.NoSigs = "127.0.0.1", -1, true, true
	s, err := server.NewServer(opts)
	if err != nil {
		tb.Fatal(err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		tb.Fatal("nats server not ready")
	}
	tb.Cleanup(func() { s.Shutdown(); s.WaitForShutdown() })
	return s
}

func TestConnectTLS(t *testing.T) {
	cert, ca := selfSigned(t)
	s := startServer(t, &server.Options{TLS: true, TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}})
	url := fmt.Sprintf("tls://127.0.0.1:%d", s.Addr().(*net.TCPAddr).Port)
	nc, err := Connect(Config{URL: url, TLSCA: ca}, "test", 5*time.Second)
	if err != nil {
		t.Fatalf("Connect with the CA: %v", err)
	}
	if !nc.IsConnected() || !nc.TLSRequired() {
		t.Errorf("connected = %v, TLS = %v; want a TLS connection", nc.IsConnected(), nc.TLSRequired())
	}
	nc.Close()
	if _, err := Connect(Config{URL: url}, "test", 2*time.Second); err == nil {
		t.Error("Connect without the CA succeeded; want a certificate error")
	}
	if _, err := Connect(Config{URL: url, TLSCert: "x.pem"}, "test", time.Second); err == nil || !strings.Contains(err.Error(), "tls_cert and tls_key go together") {
		t.Errorf("Connect with a cert and no key = %v; want an error", err)
	}
}

func TestConnectPasswordRedacted(t *testing.T) {
	s := startServer(t, &server.Options{Username: "tone", Password: "s3cret"})
	port := s.Addr().(*net.TCPAddr).Port
	nc, err := Connect(Config{URL: fmt.Sprintf("nats://tone:s3cret@127.0.0.1:%d", port)}, "test", 5*time.Second)
	if err != nil {
		t.Fatalf("Connect with the password: %v", err)
	}
	nc.Close()
	_, err = Connect(Config{URL: fmt.Sprintf("nats://tone:wrong@127.0.0.1:%d", port)}, "test", 2*time.Second)
	if err == nil {
		t.Fatal("Connect with a wrong password succeeded")
	}
	if strings.Contains(err.Error(), "wrong") || !strings.Contains(err.Error(), "REDACTED@127.0.0.1") {
		t.Errorf("error %q; want the password redacted", err)
	}
}

package dashboards

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"go.yaml.in/yaml/v3"
)

// exemplarLabel is the exemplar label tonetrack's exporter puts the statement
// id in; the datasource links it to the statement (the end-to-end test reads
// it back from a real Prometheus).
const exemplarLabel = "statement_id"

func decodeStrict(tb testing.TB, path string, v any) {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
}

// TestProvisioning checks the Grafana provisioning files against the fields
// Grafana 10 reads (unknown fields are errors here, as typos would be
// silently ignored by Grafana).
func TestProvisioning(t *testing.T) {
	var dsf struct {
		APIVersion  int `yaml:"apiVersion"`
		Datasources []struct {
			Name      string `yaml:"name"`
			UID       string `yaml:"uid"`
			Type      string `yaml:"type"`
			Access    string `yaml:"access"`
			URL       string `yaml:"url"`
			IsDefault bool   `yaml:"isDefault"`
			Editable  bool   `yaml:"editable"`
			JSONData  struct {
				HTTPMethod                  string `yaml:"httpMethod"`
				TimeInterval                string `yaml:"timeInterval"`
				PrometheusType              string `yaml:"prometheusType"`
				ExemplarTraceIDDestinations []struct {
					Name            string `yaml:"name"`
					URL             string `yaml:"url"`
					URLDisplayLabel string `yaml:"urlDisplayLabel"`
				} `yaml:"exemplarTraceIdDestinations"`
			} `yaml:"jsonData"`
		} `yaml:"datasources"`
	}
	decodeStrict(t, filepath.Join("provisioning", "datasources", "tonetrack.yaml"), &dsf)
	if dsf.APIVersion != 1 || len(dsf.Datasources) != 1 {
		t.Fatalf("datasources: apiVersion %d, %d datasources; want 1 and 1", dsf.APIVersion, len(dsf.Datasources))
	}
	d := dsf.Datasources[0]
	if d.Type != "prometheus" || d.URL == "" || d.Access != "proxy" {
		t.Errorf("datasource %+v; want a prometheus datasource with a url, proxied", d)
	}
	ex := d.JSONData.ExemplarTraceIDDestinations
	if len(ex) != 1 || ex[0].Name != exemplarLabel || !bytes.Contains([]byte(ex[0].URL), []byte("/api/v1/statements/$${__value.raw}")) {
		t.Errorf("exemplar destinations %+v; want %s linked to /api/v1/statements/{id} ($$ escaped)", ex, exemplarLabel)
	}

	var prov struct {
		APIVersion int `yaml:"apiVersion"`
		Providers  []struct {
			Name                  string `yaml:"name"`
			OrgID                 int    `yaml:"orgId"`
			Folder                string `yaml:"folder"`
			FolderUID             string `yaml:"folderUid"`
			Type                  string `yaml:"type"`
			DisableDeletion       bool   `yaml:"disableDeletion"`
			AllowUIUpdates        bool   `yaml:"allowUiUpdates"`
			UpdateIntervalSeconds int    `yaml:"updateIntervalSeconds"`
			Options               struct {
				Path                      string `yaml:"path"`
				FoldersFromFilesStructure bool   `yaml:"foldersFromFilesStructure"`
			} `yaml:"options"`
		} `yaml:"providers"`
	}
	decodeStrict(t, filepath.Join("provisioning", "dashboards", "tonetrack.yaml"), &prov)
	if prov.APIVersion != 1 || len(prov.Providers) != 1 || prov.Providers[0].Type != "file" || prov.Providers[0].Options.Path == "" {
		t.Errorf("dashboard provider %+v; want one file provider with a path", prov)
	}
}

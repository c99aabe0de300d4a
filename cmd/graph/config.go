package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// Config keys. Every key has a default below, a comment in config.yaml, and an environment
// variable GRAPH_<SECTION>_<KEY> (dots become underscores, upper case).
const (
	keyStoreBackend   = "store.backend"
	keyStorePath      = "store.path"
	keyStoreDSN       = "store.dsn"
	keyStoreBatchSize = "store.batch_size"

	keyIngestWorkers  = "ingest.workers"
	keyIngestMaxBytes = "ingest.max_article_bytes"
	keyIngestColURL   = "ingest.columns.url"
	keyIngestColDate  = "ingest.columns.date"
	keyIngestColTitle = "ingest.columns.title"
	keyIngestColText  = "ingest.columns.text"

	keyExtractAliases = "extract.aliases_file"

	keyQueryTimeout = "query.timeout"
	keyQueryLimit   = "query.limit"
)

// defaults are the values used when neither config.yaml, the environment nor a flag sets a
// key. config.yaml repeats them with a comment each.
var defaults = map[string]any{
	keyStoreBackend:   "bbolt",
	keyStorePath:      "./data",
	keyStoreDSN:       "postgres://postgres@127.0.0.1:5432/newsgraph?sslmode=disable",
	keyStoreBatchSize: 10000,

	keyIngestWorkers:  0,
	keyIngestMaxBytes: 5 << 20,
	keyIngestColURL:   "url",
	keyIngestColDate:  "date",
	keyIngestColTitle: "title",
	keyIngestColText:  "text",

	keyExtractAliases: "",

	keyQueryTimeout: "30s",
	keyQueryLimit:   100,
}

// Settings is the typed configuration handed to the rest of the program; nothing past
// loadSettings reads viper.
type Settings struct {
	Store   StoreSettings
	Ingest  IngestSettings
	Extract ExtractSettings
	Query   QuerySettings
	// File is the config file that was read, or "" when none was.
	File string
}

// StoreSettings chooses and configures the Cayley backend.
type StoreSettings struct {
	Backend   string // bbolt, memstore or postgres
	Path      string // bbolt: the database directory (holds indexes.bolt)
	DSN       string // postgres: the connection string
	BatchSize int    // quads per write batch for bulk loads
}

// IngestSettings configures reading articles.
type IngestSettings struct {
	Workers         int // extraction workers; 0 means one per CPU
	MaxArticleBytes int
	Columns         Columns
}

// Columns names the CSV/JSONL fields that hold each part of an article.
type Columns struct {
	URL, Date, Title, Text string
}

// ExtractSettings configures the extraction pipeline.
type ExtractSettings struct {
	AliasesFile string // user's merge/split rules for entities, "" for none
}

// QuerySettings configures queries.
type QuerySettings struct {
	Timeout time.Duration
	Limit   int
}

// configState is the viper instance of one run and the flags bound to it. It lives in
// cmd/graph only.
type configState struct {
	v     *viper.Viper
	file  string
	flags map[string]*pflag.Flag // key -> flag bound to it
}

func newConfigState() *configState {
	v := viper.New()
	for k, d := range defaults {
		v.SetDefault(k, d)
	}
	v.SetEnvPrefix("GRAPH")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	return &configState{v: v, flags: map[string]*pflag.Flag{}}
}

// bind makes a flag override a key.
func (c *configState) bind(key string, f *pflag.Flag) {
	if f == nil {
		panic("bind " + key + ": no such flag")
	}
	_ = c.v.BindPFlag(key, f)
	c.flags[key] = f
}

// read loads the config file: the one named by --config, else ./config.yaml, else
// config.yaml in the user config dir (~/.config/newsgraph). A missing default file is not
// an error; a missing named file is.
func (c *configState) read(named string) error {
	if named != "" {
		c.v.SetConfigFile(named)
		if err := c.v.ReadInConfig(); err != nil {
			return fmt.Errorf("read config %q: %w", named, err)
		}
		c.file = named
		return nil
	}
	candidates := []string{"config.yaml"}
	if dir, err := os.UserConfigDir(); err == nil {
		candidates = append(candidates, filepath.Join(dir, "newsgraph", "config.yaml"))
	}
	for _, p := range candidates {
		if _, err := os.Stat(p); err != nil {
			continue
		}
		c.v.SetConfigFile(p)
		if err := c.v.ReadInConfig(); err != nil {
			return fmt.Errorf("read config %q: %w", p, err)
		}
		c.file = p
		return nil
	}
	return nil
}

// settings returns the effective typed configuration.
func (c *configState) settings() (Settings, error) {
	v := c.v
	timeout, err := time.ParseDuration(v.GetString(keyQueryTimeout))
	if err != nil {
		return Settings{}, fmt.Errorf("config %s: %w", keyQueryTimeout, err)
	}
	s := Settings{
		Store: StoreSettings{
			Backend:   v.GetString(keyStoreBackend),
			Path:      v.GetString(keyStorePath),
			DSN:       v.GetString(keyStoreDSN),
			BatchSize: v.GetInt(keyStoreBatchSize),
		},
		Ingest: IngestSettings{
			Workers:         v.GetInt(keyIngestWorkers),
			MaxArticleBytes: v.GetInt(keyIngestMaxBytes),
			Columns: Columns{
				URL:   v.GetString(keyIngestColURL),
				Date:  v.GetString(keyIngestColDate),
				Title: v.GetString(keyIngestColTitle),
				Text:  v.GetString(keyIngestColText),
			},
		},
		Extract: ExtractSettings{
			AliasesFile: v.GetString(keyExtractAliases),
		},
		Query: QuerySettings{Timeout: timeout, Limit: v.GetInt(keyQueryLimit)},
		File:  c.file,
	}
	if s.Store.BatchSize <= 0 {
		return Settings{}, fmt.Errorf("config %s: must be positive, got %d", keyStoreBatchSize, s.Store.BatchSize)
	}
	if s.Ingest.MaxArticleBytes <= 0 {
		return Settings{}, fmt.Errorf("config %s: must be positive, got %d", keyIngestMaxBytes, s.Ingest.MaxArticleBytes)
	}
	if s.Extract.AliasesFile != "" && c.file != "" && !filepath.IsAbs(s.Extract.AliasesFile) && c.v.InConfig(keyExtractAliases) {
		// A relative path in a config file is relative to that file.
		s.Extract.AliasesFile = filepath.Join(filepath.Dir(c.file), s.Extract.AliasesFile)
	}
	return s, nil
}

// envName is the environment variable that overrides key.
func envName(key string) string {
	return "GRAPH_" + strings.ToUpper(strings.ReplaceAll(key, ".", "_"))
}

// source says where the effective value of key comes from.
func (c *configState) source(key string) string {
	if f, ok := c.flags[key]; ok && f.Changed {
		return "flag --" + f.Name
	}
	if _, ok := os.LookupEnv(envName(key)); ok {
		return "env " + envName(key)
	}
	if c.file != "" && c.v.InConfig(key) {
		return "file " + c.file
	}
	return "default"
}

func newConfigCmd(app *app) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Print the effective configuration and where each value comes from",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runConfig(cmd.OutOrStdout(), app.cfg, format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "table", "output format: table or json")
	return cmd
}

func runConfig(w io.Writer, c *configState, format string) error {
	keys := make([]string, 0, len(defaults))
	for k := range defaults {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	switch format {
	case "json":
		rows := make([]map[string]any, 0, len(keys))
		for _, k := range keys {
			rows = append(rows, map[string]any{"key": k, "value": c.v.Get(k), "source": c.source(k), "env": envName(k)})
		}
		return writeJSON(w, map[string]any{"file": c.file, "settings": rows})
	case "table":
		file := c.file
		if file == "" {
			file = "(none: defaults, environment and flags only)"
		}
		fmt.Fprintf(w, "config file: %s\n\n", file)
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "KEY\tVALUE\tSOURCE")
		for _, k := range keys {
			fmt.Fprintf(tw, "%s\t%v\t%s\n", k, c.v.Get(k), c.source(k))
		}
		return tw.Flush()
	}
	return usageErrorf("unknown format %q: want table or json", format)
}

using System;
using System.Collections.Generic;
using Newswire.Extraction;

namespace Newswire.Cli;

// The command line after the command word: article paths and options (see Program.Usage).
internal static partial class Program
{
    private sealed class Arguments
    {
        public List<string> Paths { get; } = new List<string>();

        public string Format { get; private set; } = "json";

        public string Output { get; private set; } = "";

        public string Lexicon { get; private set; } = "";

        public bool Indent { get; private set; }

        public bool WarnAsError { get; private set; }

        public bool NoProgress { get; private set; }

        public int Top { get; private set; } = 10;

        public int MaxChars { get; private set; } = ExtractionOptions.DefaultMaxArticleChars;

        public double MinConfidence { get; private set; }

        /// <summary>Reads <paramref name="args"/> after the command; a bad option throws <see cref="UsageException"/>.</summary>
        public static Arguments Parse(string[] args)
        {
            var a = new Arguments();
            for (var i = 1; i < args.Length; i++)
            {
                var arg = args[i];
                string Value()
                {
                    if (i + 1 >= args.Length)
                    {
                        throw new UsageException("option " + arg + " needs a value");
                    }

                    return args[++i];
                }

                switch (arg)
                {
                    case "--format": a.Format = Value(); break;
                    case "--output": case "-o": a.Output = Value(); break;
                    case "--lexicon": a.Lexicon = Value(); break;
                    case "--indent": a.Indent = true; break;
                    case "--warnaserror": a.WarnAsError = true; break;
                    case "--no-progress": a.NoProgress = true; break;
                    case "--top": a.Top = PositiveInt(arg, Value()); break;
                    case "--max-article-chars": a.MaxChars = PositiveInt(arg, Value()); break;
                    case "--min-confidence": a.MinConfidence = ConfidenceFilter.Parse(arg, Value(), m => new UsageException(m)); break;
                    default:
                        if (arg.StartsWith("--", StringComparison.Ordinal))
                        {
                            throw new UsageException("unknown option " + arg);
                        }

                        a.Paths.Add(arg);
                        break;
                }
            }

            return a;
        }
    }
}

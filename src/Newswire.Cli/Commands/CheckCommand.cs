using System.IO;
using Newswire.Extraction.Diagnostics;

namespace Newswire.Cli.Commands;

/// <summary>Prints the diagnostics the compiler would report, in the compiler's format; exit code 1 on warnings or errors.</summary>
internal static class CheckCommand
{
    public static int Run(Corpus corpus, TextWriter output, bool warningsAsErrors)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (var a in corpus.Articles)
        {
            foreach (var d in a.Diagnostics)
            {
                output.WriteLine(a.Path + d);
                switch (d.Definition.Severity)
                {
                    case DiagnosticSeverityLevel.Error: errors++; break;
                    case DiagnosticSeverityLevel.Warning: warnings++; break;
                    default: infos++; break;
                }
            }
        }

        foreach (var c in corpus.Plan.Collisions)
        {
            var warning = c.Definition.Severity == DiagnosticSeverityLevel.Warning;
            if (warning)
            {
                warnings++;
            }
            else
            {
                infos++;
            }

            var path = corpus.Articles[c.ArticleIndex].Path;
            output.WriteLine(path + "(1,1): " + (warning ? "warning " : "info ") + c.Definition.Id + ": " + c.Message);
        }

        output.WriteLine(Count(corpus.Articles.Count, "article") + " checked: " + Count(errors, "error") + ", " + Count(warnings, "warning") + ", " + Count(infos, "message") + ".");
        return errors > 0 || (warningsAsErrors && warnings > 0) ? 1 : 0;
    }

    /// <summary>"1 error", "2 errors", "0 errors".</summary>
    internal static string Count(int n, string noun) => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}

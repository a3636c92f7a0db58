using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace Newswire.Cli.Tests;

/// <summary>
/// Every `newswire` command line in the README's shell blocks, run as written from the repository root (with the
/// built tool in place of `dotnet run --project src/Newswire.Cli --`), must exit 0: examples cannot drift.
/// </summary>
public class ReadmeCommandTests
{
    private const string Launcher = "--project src/Newswire.Cli";

    private static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Generators.sln")))
            {
                dir = dir.Parent;
            }

            return dir!.FullName;
        }
    }

    /// <summary>The CLI lines of the README's ```sh blocks; lines with a placeholder (&lt;docs&gt;) are templates, not examples.</summary>
    public static IEnumerable<object[]> CommandLines()
    {
        var inShell = false;
        foreach (var raw in File.ReadAllLines(Path.Combine(RepoRoot, "README.md")))
        {
            var line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inShell = !inShell && line == "```sh";
                continue;
            }

            if (inShell && line.StartsWith("dotnet run", StringComparison.Ordinal) && line.Contains(Launcher, StringComparison.Ordinal) && !line.Contains('<'))
            {
                yield return new object[] { line };
            }
        }
    }

    [Fact]
    public void Readme_HasCliExamplesForEveryCommand()
    {
        var lines = CommandLines().Select(l => (string)l[0]).ToList();
        foreach (var command in new[] { " extract ", " check ", " stats ", " --help" })
        {
            Assert.Contains(lines, l => l.Contains(command, StringComparison.Ordinal));
        }

        Assert.Contains(lines, l => l.Contains("--indent", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void ReadmeCommandLine_RunsFromTheRepositoryRootWithExitCode0(string line)
    {
        var (code, stdout, stderr) = RunFromRoot(Arguments(line));
        Assert.True(code == 0, line + "\nexit " + code + "\n" + stderr);
        Assert.False(string.IsNullOrWhiteSpace(stdout), line);
        Assert.Equal("", stderr);
    }

    private static (int Code, string Out, string Err) RunFromRoot(List<string> args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoRoot };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "newswire.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The words after `--`, shell-style: a trailing `# comment` dropped, quotes honoured; no pipes or redirections.</summary>
    internal static List<string> Arguments(string line)
    {
        var at = line.IndexOf(" -- ", StringComparison.Ordinal);
        Assert.True(at > 0, "no ' -- ' in " + line);
        var words = new List<string>();
        var word = new StringBuilder();
        var quote = '\0';
        var inWord = false;
        foreach (var c in line.Substring(at + 4))
        {
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    word.Append(c);
                }

                continue;
            }

            if (c == '"' || c == '\'')
            {
                quote = c;
                inWord = true;
            }
            else if (c == '#' && !inWord)
            {
                break;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                Assert.False(c == '|' || c == '>' || c == ';' || c == '&', "a README example the test cannot run as one command: " + line);
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}

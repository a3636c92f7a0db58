using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Newswire.PackageTests;

/// <summary>
/// The README's quick start, read from the README: its shell block runs as written (bash), in an empty folder outside
/// the repository, with an empty package cache of its own and REPO naming a copy of the repository's sources, the
/// way a newcomer pastes it.
/// </summary>
[Collection("package")]
public class ReadmeQuickStartTests
{
    private const string Marker = "<!-- quickstart";

    /// <summary>The lines of the ```sh block after the quick start marker.</summary>
    internal static string QuickStartScript()
    {
        var lines = File.ReadAllLines(Path.Combine(PackageFixture.RepoRoot, "README.md"));
        var at = Array.FindIndex(lines, l => l.StartsWith(Marker, StringComparison.Ordinal));
        Assert.True(at >= 0, "README.md has no " + Marker + " marker");
        Assert.Equal("```sh", lines[at + 1].Trim());
        var end = Array.FindIndex(lines, at + 2, l => l.Trim() == "```");
        Assert.True(end > at + 2, "the quick start block is not closed");
        return string.Join("\n", lines.Skip(at + 2).Take(end - at - 2)) + "\n";
    }

    [Fact]
    public void QuickStart_PackFeedAndFiveSteps_AreAllInTheBlock()
    {
        var script = QuickStartScript();
        Assert.Contains("dotnet pack \"$REPO/src/Newswire\"", script);
        Assert.Contains("dotnet nuget add source", script);
        Assert.Contains("dotnet add package Newswire", script);
        Assert.Contains("dotnet run", script);
        Assert.True(script.IndexOf("dotnet pack", StringComparison.Ordinal) < script.IndexOf("dotnet add package", StringComparison.Ordinal));
    }

    [Fact]
    public void QuickStart_AsWritten_InAnEmptyFolderWithAnEmptyCache_PrintsTheSeedArticle()
    {
        var root = Path.Combine(Path.GetTempPath(), "newswire-quickstart", Guid.NewGuid().ToString("N")[..12]);
        var repo = Path.Combine(root, "clone");
        var work = Path.Combine(root, "empty");
        Directory.CreateDirectory(work);
        try
        {
            CopySources(PackageFixture.RepoRoot, repo);
            var script = Path.Combine(root, "quickstart.sh");
            File.WriteAllText(script, QuickStartScript());
            var (code, output) = Bash(work, script, new Dictionary<string, string>
            {
                ["REPO"] = repo,
                ["NUGET_PACKAGES"] = Path.Combine(root, "packages"),
            });
            Assert.True(code == 0, output);
            Assert.Contains("Putin Visits Rostov-on-Don and Kazakhstan in a Flagship Run of Diplomatic and Military Engagements", output);
            Assert.Contains("042 Vladimir Putin -> Southern Military District @ Rostov-on-Don", output);
            Assert.Contains("Person RUS President in 2 articles", output);
            Assert.DoesNotContain("warning", output, StringComparison.OrdinalIgnoreCase);

            // The feed is the app's own: a later restore with another empty cache still finds the package.
            var app = Path.Combine(work, "MyApp");
            Directory.Delete(Path.Combine(app, "obj"), recursive: true);
            var restore = Bash(app, "-c \"dotnet restore\"", new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages2") }, isScript: false);
            Assert.True(restore.ExitCode == 0, restore.Output);
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    // What a clone holds that packing needs (sources, build props, central package versions, SDK pin, README, NOTICE) and the seed articles; no bin/obj.
    private static void CopySources(string from, string to)
    {
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "README.md", "NOTICE" })
        {
            Directory.CreateDirectory(to);
            File.Copy(Path.Combine(from, file), Path.Combine(to, file));
        }

        foreach (var folder in new[] { "src", Path.Combine("samples", "NewsExplorer", "news") })
        {
            var source = Path.Combine(from, folder);
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(source, file);
                var parts = relative.Split(Path.DirectorySeparatorChar);
                if (parts.Contains("bin") || parts.Contains("obj"))
                {
                    continue;
                }

                var target = Path.Combine(to, folder, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    private static (int ExitCode, string Output) Bash(string workingDirectory, string scriptOrArguments, Dictionary<string, string> environment, bool isScript = true)
    {
        var info = new ProcessStartInfo("bash", isScript ? "-e -o pipefail \"" + scriptOrArguments + "\"" : scriptOrArguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var pair in environment)
        {
            info.Environment[pair.Key] = pair.Value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

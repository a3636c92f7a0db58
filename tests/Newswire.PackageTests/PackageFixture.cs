using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace Newswire.PackageTests;

/// <summary>
/// Packs the package once per test run with a unique version into a private feed, and restores consumers
/// with a private NUGET_PACKAGES folder, so no stale copy from the global cache can answer.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        // A build folder of its own (--artifacts-path), so packing never races the test run's own builds.
        Root = Path.Combine(Path.GetTempPath(), "newswire-package-tests", Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        Version = "1.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Guid.NewGuid().ToString("N")[..6];
        var pack = Run(RepoRoot, "dotnet", $"pack src/Newswire/Newswire.csproj -c Release -o \"{Feed}\" -p:Version={Version} --artifacts-path \"{Path.Combine(Root, "build")}\"");
        Assert.True(pack.ExitCode == 0, pack.Output);
        Assert.True(File.Exists(Path.Combine(Feed, $"Newswire.{Version}.nupkg")), pack.Output);
        var packTool = Run(RepoRoot, "dotnet", $"pack src/Newswire.Cli/Newswire.Cli.csproj -c Release -o \"{Feed}\" -p:Version={Version} --artifacts-path \"{Path.Combine(Root, "build")}\"");
        Assert.True(packTool.ExitCode == 0, packTool.Output);
    }

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string Version { get; }

    public static string RepoRoot
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

    public static string SeedsDir => Path.Combine(RepoRoot, "samples", "NewsExplorer", "news");

    /// <summary>A consumer folder with a nuget.config naming the private feed (nuget.org stays available for the SDK's own packs).</summary>
    public string NewConsumer(string name)
    {
        var dir = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.Combine(dir, "news"));
        foreach (var seed in Directory.GetFiles(SeedsDir, "*.txt"))
        {
            File.Copy(seed, Path.Combine(dir, "news", Path.GetFileName(seed)));
        }

        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="newswire-test-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        return dir;
    }

    public (int ExitCode, string Output) Run(string workingDirectory, string file, string arguments)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["NUGET_PACKAGES"] = Packages;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_ROLL_FORWARD"] = "Major"; // lets a net8.0 consumer run on this machine's newer runtime
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition("package")]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
}

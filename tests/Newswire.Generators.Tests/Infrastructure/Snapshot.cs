using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace Newswire.Generators.Tests.Infrastructure;

/// <summary>
/// Golden files the Verify way: compares with the committed <c>Snapshots/NAME.verified.cs</c>; on a mismatch
/// writes <c>NAME.received.cs</c> next to it and fails. Set NEWSWIRE_ACCEPT_SNAPSHOTS=1 to accept.
/// </summary>
public static class Snapshot
{
    public static void Verify(string name, string actual, [CallerFilePath] string callerFile = "")
    {
        var dir = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots");
        Directory.CreateDirectory(dir);
        var verified = Path.Combine(dir, name + ".verified.cs");
        var received = Path.Combine(dir, name + ".received.cs");
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("NEWSWIRE_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {verified}; wrote {received}. Review it, then rename it or run with NEWSWIRE_ACCEPT_SNAPSHOTS=1."
            : $"Generated source differs from {verified}; see {received} (diff them; accept with NEWSWIRE_ACCEPT_SNAPSHOTS=1).");
    }
}

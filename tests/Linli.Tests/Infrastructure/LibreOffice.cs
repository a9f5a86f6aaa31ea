using System.Diagnostics;

namespace Linli.Tests.Infrastructure;

/// <summary>Opens an export in LibreOffice (headless, installed by scripts/prerequisites.sh) and converts it, as a person's office suite would open it.</summary>
public static class LibreOffice
{
    /// <summary>Converts <paramref name="content"/> (a file named <paramref name="fileName"/>) with soffice's filter <paramref name="to"/> ("txt:Text", "csv", "pdf") and returns the result.</summary>
    public static async Task<byte[]> ConvertAsync(byte[] content, string fileName, string to)
    {
        var folder = Path.Combine(Path.GetTempPath(), "linli-office-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, fileName);
            await File.WriteAllBytesAsync(input, content);
            // A profile per call: two conversions at once must not share LibreOffice's lock.
            var start = new ProcessStartInfo("soffice", ["--headless", "--norestore", $"-env:UserInstallation=file://{folder}/profile", "--convert-to", to, "--outdir", folder, input])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var extension = "." + to.Split(':')[0];
            var converted = Path.Combine(folder, Path.GetFileNameWithoutExtension(fileName) + extension);
            Assert.True(process.ExitCode == 0 && File.Exists(converted), $"LibreOffice could not open {fileName}: {output}");
            return await File.ReadAllBytesAsync(converted);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}

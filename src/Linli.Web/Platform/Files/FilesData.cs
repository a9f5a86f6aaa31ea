using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Files;

public static class FilesData
{
    public static void ConfigureFiles(this ModelBuilder builder)
    {
        builder.Entity<StoredFile>(e =>
        {
            e.ToTable("platform_files");
            e.Property(f => f.ContentType).HasMaxLength(100);
            e.Property(f => f.Sha256).HasMaxLength(64);
            e.Property(f => f.UploadedBy).HasMaxLength(100);
            e.HasIndex(f => f.Sha256);
        });
    }
}

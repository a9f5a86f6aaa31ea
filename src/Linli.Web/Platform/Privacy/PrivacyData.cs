using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Privacy;

public static class PrivacyData
{
    public static void ConfigurePrivacy(this ModelBuilder builder)
    {
        builder.Entity<AccessRecord>(e =>
        {
            e.ToTable("platform_access_records");
            e.Property(r => r.ActorId).HasMaxLength(64);
            e.Property(r => r.ActorName).HasMaxLength(100);
            e.Property(r => r.SubjectType).HasMaxLength(50);
            e.Property(r => r.SubjectId).HasMaxLength(64);
            e.Property(r => r.Field).HasMaxLength(50);
            e.Property(r => r.Reason).HasMaxLength(500);
            e.HasIndex(r => new { r.SubjectType, r.SubjectId });
            e.HasIndex(r => r.At);
        });
    }
}

using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Platform.Audit;

public static class AuditData
{
    public const string Table = "platform_audit_entries";

    public static void ConfigureAudit(this ModelBuilder builder)
    {
        builder.Entity<AuditEntry>(e =>
        {
            e.ToTable(Table);
            // The unique sequence is what keeps two concurrent writers from forking the chain.
            e.HasIndex(a => a.Sequence).IsUnique();
            e.HasIndex(a => a.At);
            e.HasIndex(a => a.Action);
            e.Property(a => a.ActorId).HasMaxLength(64);
            e.Property(a => a.ActorName).HasMaxLength(100);
            e.Property(a => a.Action).HasMaxLength(64);
            e.Property(a => a.SubjectType).HasMaxLength(50);
            e.Property(a => a.SubjectId).HasMaxLength(64);
            e.Property(a => a.Summary).HasMaxLength(1000);
            e.Property(a => a.PreviousHash).HasMaxLength(64);
            e.Property(a => a.Hash).HasMaxLength(64);
        });
    }
}

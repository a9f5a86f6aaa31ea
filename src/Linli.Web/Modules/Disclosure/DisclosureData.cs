using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Disclosure;

public static class DisclosureData
{
    public static void ConfigureDisclosure(this ModelBuilder builder)
    {
        builder.Entity<FundLedger>(e =>
        {
            e.ToTable("disclosure_ledgers");
            e.Property(l => l.Name).HasMaxLength(FundLedger.MaxName);
            e.Property(l => l.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(l => l.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(l => l.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(l => l.CommunityId);
            e.Ignore(l => l.StatementEvery);
        });
        builder.Entity<LedgerEntry>(e =>
        {
            e.ToTable("disclosure_entries");
            e.Property(x => x.Direction).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Category).HasMaxLength(LedgerEntry.MaxCategory);
            e.Property(x => x.Counterparty).HasMaxLength(LedgerEntry.MaxCounterparty);
            e.Property(x => x.Reason).HasMaxLength(LedgerEntry.MaxReason);
            e.Property(x => x.RecordedBy).HasMaxLength(100);
            e.Property(x => x.ApprovedBy).HasMaxLength(100);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.Property(x => x.VoucherSha256).HasMaxLength(64);
            e.HasOne<Platform.Files.StoredFile>().WithMany().HasForeignKey(x => x.VoucherFileId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<FundLedger>().WithMany().HasForeignKey(x => x.LedgerId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<LedgerEntry>().WithMany().HasForeignKey(x => x.CorrectsId).OnDelete(DeleteBehavior.Restrict);
            // The chain's order, decided here: two entries at once cannot take the same place.
            e.HasIndex(x => new { x.LedgerId, x.Sequence }).IsUnique();
            // An entry is corrected once; a later correction corrects the correction.
            e.HasIndex(x => x.CorrectsId).IsUnique();
        });
        builder.Entity<LedgerStatement>(e =>
        {
            e.ToTable("disclosure_statements");
            e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(10);
            e.Property(s => s.ChainHead).HasMaxLength(64);
            e.Property(s => s.PublishedBy).HasMaxLength(100);
            e.HasOne<FundLedger>().WithMany().HasForeignKey(s => s.LedgerId).OnDelete(DeleteBehavior.Restrict);
            e.Ignore(s => s.Period);
            // One statement per ledger, kind and period, whoever publishes it at the same moment.
            e.HasIndex(s => new { s.LedgerId, s.Kind, s.From }).IsUnique();
        });
        builder.Entity<WorksProject>(e =>
        {
            e.ToTable("disclosure_works");
            e.Property(p => p.Title).HasMaxLength(WorksProject.MaxTitle);
            e.Property(p => p.FundedBy).HasMaxLength(WorksProject.MaxTitle);
            e.Property(p => p.Basis).HasMaxLength(WorksProject.MaxBasis);
            e.Property(p => p.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(p => p.AwardReason).HasMaxLength(WorksProject.MaxText);
            e.Property(p => p.Acceptance).HasMaxLength(WorksProject.MaxText);
            e.Property(p => p.CreatedBy).HasMaxLength(100);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(p => p.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(p => p.CommunityId);
        });
        builder.Entity<WorksBid>(e =>
        {
            e.ToTable("disclosure_work_bids");
            e.Property(b => b.Bidder).HasMaxLength(WorksBid.MaxBidder);
            e.Property(b => b.Note).HasMaxLength(WorksProject.MaxText);
            e.HasOne<WorksProject>().WithMany().HasForeignKey(b => b.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(b => b.ProjectId);
        });
        builder.Entity<WorksProgress>(e =>
        {
            e.ToTable("disclosure_work_progress");
            e.Property(s => s.Note).HasMaxLength(WorksProject.MaxText);
            e.Property(s => s.By).HasMaxLength(100);
            e.HasOne<WorksProject>().WithMany().HasForeignKey(s => s.ProjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => s.ProjectId);
        });
        builder.Entity<Notice>(e =>
        {
            e.ToTable("disclosure_notices");
            e.Property(n => n.Category).HasConversion<string>().HasMaxLength(10);
            e.Property(n => n.Title).HasMaxLength(Notice.MaxTitle);
            e.Property(n => n.Body).HasMaxLength(Notice.MaxBody);
            e.Property(n => n.PublishedBy).HasMaxLength(100);
            e.Property(n => n.WithdrawnReason).HasMaxLength(Notice.MaxReason);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(n => n.CommunityId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<RegionNode>().WithMany().HasForeignKey(n => n.RegionId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(n => new { n.CommunityId, n.DisplayUntil });
        });
        builder.Entity<StatementLine>(e =>
        {
            e.ToTable("disclosure_statement_lines");
            e.Property(l => l.Direction).HasConversion<string>().HasMaxLength(10);
            e.Property(l => l.Category).HasMaxLength(StatementLine.MaxCategory);
            e.HasOne<LedgerStatement>().WithMany().HasForeignKey(l => l.StatementId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(l => l.StatementId);
        });
    }
}

package org.o2cbridge.connector.salesforce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.customer.QueryJobGoneException;
import org.o2cbridge.reconciliation.OrderPage;
import org.o2cbridge.reconciliation.OrderSource;
import org.o2cbridge.reconciliation.SalesforceOrder;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * Salesforce's activated Orders for the reconciliation, through a Bulk API 2.0 query job
 * ({@link SalesforceBulkQuery}) of {@value #SOQL}, each page of results parsed with Commons CSV as
 * the reader takes its records, as {@link SalesforceAccountGateway} reads accounts. {@code TotalAmount}
 * is the Order's standard roll-up of its lines (quantity × unit price, before tax), compared with
 * the ERP's net amount. The Order's legal entity chooses the ERP it is compared with when the
 * bridge has no cross-reference of it. Salesforce's calls run with the caller's transaction
 * suspended and are tried again a few times when they get no answer or are throttled.
 */
@ApplicationScoped
public class SalesforceOrderGateway implements OrderSource {

    static final String SOQL = "SELECT Id, OrderNumber, AccountId, Status, ERP_Order_Number__c, ERP_Sync_Status__c, "
            + "Legal_Entity__c, TotalAmount FROM Order WHERE Status = 'Activated'";

    @Inject
    SalesforceBulkQuery bulk;

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 3, delay = 5000, jitter = 2000, retryOn = RetryableCallException.class)
    public QueryJob query() {
        SalesforceBulkQuery.Completed done = bulk.run(SOQL);
        return new QueryJob(done.id(), done.records());
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 3, delay = 5000, jitter = 2000, retryOn = RetryableCallException.class)
    public QueryJob job(String jobId) {
        try {
            SalesforceBulkQuery.Completed info = bulk.info(jobId);
            return new QueryJob(info.id(), info.records());
        } catch (RejectedCallException e) {
            throw goneOr(jobId, e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @Retry(maxRetries = 3, delay = 5000, jitter = 2000, retryOn = RetryableCallException.class)
    public OrderPage page(String jobId, String locator, int maxRecords) {
        SalesforceBulkQuery.Page page;
        try {
            page = bulk.results(jobId, locator, maxRecords);
        } catch (RejectedCallException e) {
            throw goneOr(jobId, e);
        }
        return page(page.csv(), page.nextLocator());
    }

    /** A 404 says Salesforce no longer has the job; any other refusal stays as it is. */
    private static RuntimeException goneOr(String jobId, RejectedCallException e) {
        return Integer.valueOf(404).equals(e.httpStatus())
                ? new QueryJobGoneException("Salesforce no longer has query job " + jobId + " (" + e.getMessage() + ")") : e;
    }

    /** The accounts of one CSV page as they are read from {@code csv}, header row first. */
    static OrderPage page(InputStream csv, String nextLocator) {
        CSVParser parser;
        try {
            parser = CSVParser.parse(new InputStreamReader(csv, StandardCharsets.UTF_8),
                    CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build());
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(csv);
            throw new RetryableCallException(SalesforceHttp.SYSTEM, null, "CONNECTION_FAILED",
                    "Salesforce query results could not be read: " + e.getMessage(), null, e);
        }
        Iterator<CSVRecord> records = parser.iterator();
        return new OrderPage() {
            @Override
            public String nextLocator() {
                return nextLocator;
            }

            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public SalesforceOrder next() {
                return order(records.next());
            }

            @Override
            public void close() {
                try {
                    parser.close();
                } catch (IOException e) {
                    closeQuietly(csv);
                }
            }
        };
    }

    static SalesforceOrder order(CSVRecord row) {
        String total = cell(row, "TotalAmount");
        return new SalesforceOrder(cell(row, "Id"), cell(row, "OrderNumber"), cell(row, "AccountId"), cell(row, "Status"),
                cell(row, "ERP_Order_Number__c"), cell(row, "ERP_Sync_Status__c"), total == null ? null : new BigDecimal(total),
                cell(row, "Legal_Entity__c"));
    }

    private static String cell(CSVRecord row, String column) {
        String value = row.isMapped(column) ? row.get(column) : null;
        return value == null || value.isEmpty() ? null : value;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the connection goes anyway
        }
    }
}

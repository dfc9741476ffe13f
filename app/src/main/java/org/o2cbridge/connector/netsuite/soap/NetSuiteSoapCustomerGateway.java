package org.o2cbridge.connector.netsuite.soap;

import com.sun.xml.ws.developer.JAXWSProperties;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import org.o2cbridge.connector.ErpCustomer;
import org.o2cbridge.connector.RejectedCallException;
import org.o2cbridge.connector.RetryableCallException;
import org.o2cbridge.connector.netsuite.TokenCredentials;
import org.o2cbridge.connector.netsuite.generated.BaseRef;
import org.o2cbridge.connector.netsuite.generated.ExceededConcurrentRequestLimitFault;
import org.o2cbridge.connector.netsuite.generated.ExceededRecordCountFault;
import org.o2cbridge.connector.netsuite.generated.InvalidCredentialsFault;
import org.o2cbridge.connector.netsuite.generated.NetSuitePortType;
import org.o2cbridge.connector.netsuite.generated.NetSuiteService;
import org.o2cbridge.connector.netsuite.generated.Record;
import org.o2cbridge.connector.netsuite.generated.RecordRef;
import org.o2cbridge.connector.netsuite.generated.SoapFault;
import org.o2cbridge.connector.netsuite.generated.StatusDetail;
import org.o2cbridge.connector.netsuite.generated.UnexpectedErrorFault;
import org.o2cbridge.connector.netsuite.generated.WriteResponse;
import org.o2cbridge.connector.netsuite.generated.WriteResponseList;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * NetSuite customers written in bulk through SuiteTalk SOAP {@code upsertList}, with the JAX-WS
 * client generated from the project's WSDL: one call for up to {@link #MAX_RECORDS} customers, each
 * keyed by its Salesforce Account Id as external id, so a repeated call updates and never creates a
 * second customer. Every call carries a fresh token passport and has connect and read timeouts.
 * NetSuite's per-record refusals are outcomes; a fault of the whole call is an exception: over the
 * concurrency limit or unexpected is retryable, bad credentials or too many records are rejected.
 */
public class NetSuiteSoapCustomerGateway {

    static final String SYSTEM = "netsuite";
    /** NetSuite's limit of records per synchronous upsertList request. */
    public static final int MAX_RECORDS = 200;

    private final NetSuitePortType port;
    private final TokenPassports passports;
    private final SoapCustomerMapper mapper;

    public NetSuiteSoapCustomerGateway(URI endpoint, TokenCredentials credentials, Duration connectTimeout,
                                       Duration readTimeout, Clock clock, String subsidiary, int nameMaxLength) {
        this.port = new NetSuiteService().getNetSuitePort();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint.toString());
        context.put(JAXWSProperties.CONNECT_TIMEOUT, Math.toIntExact(connectTimeout.toMillis()));
        context.put(JAXWSProperties.REQUEST_TIMEOUT, Math.toIntExact(readTimeout.toMillis()));
        this.passports = new TokenPassports(credentials, clock);
        this.mapper = new SoapCustomerMapper(subsidiary, nameMaxLength);
    }

    /** Upserts the customers in one call; one outcome per customer, in their order. */
    public List<CustomerUpsertOutcome> upsert(List<ErpCustomer> customers) {
        if (customers.isEmpty()) {
            return List.of();
        }
        if (customers.size() > MAX_RECORDS) {
            throw new IllegalArgumentException("upsertList takes at most " + MAX_RECORDS + " records, not " + customers.size());
        }
        List<Record> records = new ArrayList<>(customers.stream().map(mapper::customer).toList());
        WriteResponseList answer;
        try {
            answer = port.upsertList(records, passports.next());
        } catch (ExceededConcurrentRequestLimitFault e) {
            throw retryable(e.getFaultInfo(), e);
        } catch (UnexpectedErrorFault e) {
            throw retryable(e.getFaultInfo(), e);
        } catch (InvalidCredentialsFault e) {
            throw rejected(e.getFaultInfo(), e);
        } catch (ExceededRecordCountFault e) {
            throw rejected(e.getFaultInfo(), e);
        } catch (WebServiceException e) {
            throw new RetryableCallException(SYSTEM, null, "CONNECTION_FAILED", "NetSuite upsertList: " + e.getMessage(), null, e);
        }
        return outcomes(customers, answer.getWriteResponse());
    }

    private static List<CustomerUpsertOutcome> outcomes(List<ErpCustomer> customers, List<WriteResponse> responses) {
        if (responses.size() != customers.size()) {
            throw new RetryableCallException(SYSTEM, null, "UNEXPECTED_ANSWER", "NetSuite upsertList answered "
                    + responses.size() + " results for " + customers.size() + " records", null, null);
        }
        List<CustomerUpsertOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            String sfAccountId = customers.get(i).sfAccountId();
            WriteResponse response = responses.get(i);
            BaseRef ref = response.getBaseRef();
            if (response.getStatus() != null && Boolean.TRUE.equals(response.getStatus().isIsSuccess())
                    && ref instanceof RecordRef record && record.getInternalId() != null) {
                outcomes.add(new CustomerUpsertOutcome(sfAccountId, true, record.getInternalId(), null, null));
            } else {
                StatusDetail detail = response.getStatus() == null || response.getStatus().getStatusDetail().isEmpty()
                        ? null : response.getStatus().getStatusDetail().get(0);
                outcomes.add(new CustomerUpsertOutcome(sfAccountId, false, null,
                        detail == null ? "UNEXPECTED_ERROR" : detail.getCode(),
                        detail == null ? "NetSuite gave no reason" : detail.getMessage()));
            }
        }
        return outcomes;
    }

    private static RetryableCallException retryable(SoapFault fault, Exception cause) {
        return new RetryableCallException(SYSTEM, null, fault.getCode(), fault.getMessage(), null, cause);
    }

    private static RejectedCallException rejected(SoapFault fault, Exception cause) {
        return new RejectedCallException(SYSTEM, null, fault.getCode(), fault.getMessage(), cause);
    }
}

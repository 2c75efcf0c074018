package io.ocppsim.application.port.in.ocpp;

import io.ocppsim.domain.authorization.AuthorizationData;
import io.ocppsim.domain.authorization.UpdateStatus;
import io.ocppsim.domain.authorization.UpdateType;
import io.ocppsim.domain.chargepoint.ChargePointId;
import java.util.List;

/** The Local Auth List Management profile's requests of a Central System. */
public interface LocalAuthListManagementUseCase {

    /** The version of the local list; 0 when there is none. */
    Reply<Integer> getLocalListVersion(ChargePointId chargePoint);

    Reply<UpdateStatus> sendLocalList(ChargePointId chargePoint, int listVersion, UpdateType updateType,
            List<AuthorizationData> entries);
}
